/**
 * The quality review's flags on one thing (a department goal, a project, an indicator): each
 * rule's title as a badge, then the reason in words. Source: src/domain/indicators/quality.ts
 * (reviewIndicatorQuality over the 绩效目标表); the text is data, drawn as text.
 */
import { QUALITY_RULES, type QualityFlag } from '../../domain/indicators/quality';

const RULE_TITLE = new Map(QUALITY_RULES.map((r) => [r.id, r.title]));

/**
 * @param flags   the flags, in the review's order; none draws nothing
 * @param compact the smaller type of a table cell or an indicator list
 * @param label   the list's accessible name, where it stands alone (a project's flags)
 */
export function FlagList({
  flags,
  compact = false,
  label,
  testId,
}: {
  flags: readonly QualityFlag[];
  compact?: boolean;
  label?: string;
  testId?: string;
}) {
  if (flags.length === 0) return null;
  return (
    <ul
      className={compact ? 'flag-list flag-list--compact' : 'flag-list'}
      aria-label={label}
      data-testid={testId}
    >
      {flags.map((f, i) => (
        <li key={i}>
          <span className="flag-badge">{RULE_TITLE.get(f.rule)}</span>
          <span className="flag-reason">{f.reason}</span>
        </li>
      ))}
    </ul>
  );
}
