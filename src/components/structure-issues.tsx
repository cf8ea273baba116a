/**
 * Structure issues of a dataset's coded tables (src/domain/dataset-structure.ts) as a
 * reader sees them: severity, table (printed title), row (序号, 科目编码, 科目名称), what is
 * wrong and the rule broken. Texts come from the dataset and are rendered as text.
 */
import { errorsCopy } from '../copy/errors';
import {
  STRUCTURE_RULE_TEXT,
  describeStructureIssue,
  type StructureIssue,
} from '../domain/dataset-structure';

/** The list of issues, each on its own line with its severity and rule. */
export function StructureIssueList({ issues }: { issues: readonly StructureIssue[] }) {
  return (
    <ul className="error-view__issues structure-issues" data-testid="structure-issues">
      {issues.map((issue, n) => (
        <li key={n} data-rule={issue.rule} data-severity={issue.severity}>
          <strong className={`structure-issues__severity structure-issues__severity--${issue.severity}`}>
            {issue.severity === 'error' ? errorsCopy.blocking : errorsCopy.warning}
          </strong>{' '}
          {describeStructureIssue(issue)}
          <span className="structure-issues__rule">
            （{errorsCopy.rule}：{STRUCTURE_RULE_TEXT[issue.rule]}）
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The warning shown above a view when the dataset loaded with non-blocking structure
 * issues (a 类 with no 款 …); renders nothing when there are none.
 */
export function StructureWarningsBanner({
  warnings,
  compact = false,
}: {
  warnings: readonly StructureIssue[];
  /** The heading alone on one line (汇报模式). */
  compact?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <section
      className={compact ? 'checks-banner banner--compact' : 'checks-banner'}
      role="status"
      aria-labelledby="structure-warnings-title"
    >
      <h2 id="structure-warnings-title">
        {errorsCopy.structureWarningsHeading}（{warnings.length} 处）
      </h2>
      {!compact && <StructureIssueList issues={warnings} />}
    </section>
  );
}
