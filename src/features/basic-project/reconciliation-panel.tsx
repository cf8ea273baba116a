/**
 * 情况说明与项目表核对: each item of the narrative's 项目支出 list next to the project table
 * it matches (both names shown), its 功能分类科目 and ✓/✗, then the three sums (narrative,
 * project tables, 支出总表 项目支出).
 */
import { basicProjectCopy as t } from '../../copy/breakdowns';
import { Amount } from '../../components/amount';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, type SortedSpec } from '../../components/use-url-table-state';
import type { ProjectReconciliation } from '../../domain/project-reconciliation';
import type { SourceRef } from '../../domain/source';
import type { ReconciliationRow } from './export-specs';

const NARRATIVE: SourceRef = { kind: 'narrative', section: '二、部门预算安排的总体情况 · 2、支出说明' };

function Mark({ ok }: { ok: boolean }) {
  return (
    <span className={ok ? 'bp-mark bp-mark--ok' : 'bp-mark bp-mark--bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {ok ? t.ok : t.mismatch}
    </span>
  );
}

/**
 * The verdict and the table (drawn from reconciliationSpec, sorted by ?recsort=; the sums
 * row stays at the foot).
 */
export function ReconciliationPanel({
  rec,
  table,
  projectExpenditureSource,
  tableTitle,
}: {
  rec: ProjectReconciliation;
  table: SortedSpec<ReconciliationRow>;
  projectExpenditureSource?: SourceRef;
  /** The 支出总表 as the dataset prints it (or the table standing in for it). */
  tableTitle: string;
}) {
  return (
    <section className="panel bp-rec" aria-labelledby="bp-rec-title" data-testid="bp-reconciliation">
      <h2 id="bp-rec-title">{t.reconciliationTitle}</h2>
      <p className="bp-muted">{t.reconciliationLede}</p>
      <p className={rec.ok ? 'bp-rec__verdict bp-rec__verdict--ok' : 'bp-rec__verdict bp-rec__verdict--bad'}>
        <span aria-hidden="true">{rec.ok ? '✓ ' : '✗ '}</span>
        {rec.ok ? t.allOk : t.notOk}
      </p>
      <SpecTable
        {...specTableProps(table)}
        caption={t.reconciliationCaption(tableTitle)}
        label={t.reconciliationTitle}
        rowKey={(r) => r.key}
        testId="bp-reconciliation-table"
        renderCell={(c, r) => {
          if (c.key === 'narrativeName') return r.unmatched ? '—' : undefined;
          if (c.key === 'narrativeAmount') {
            if (r.unmatched) return '—';
            // The narrative prints 1.8, 48, 600; shown with two decimals like every amount.
            if (!r.narrativeAmount) return undefined;
            const source = r.sums
              ? { kind: 'derived' as const, how: '情况说明所列各项目金额之和', from: [NARRATIVE] }
              : NARRATIVE;
            return <Amount value={r.narrativeAmount} source={source} />;
          }
          if (c.key === 'projectName') {
            if (r.sums) return undefined;
            if (!r.projectName) return t.notFound;
            return (
              <>
                {r.projectName}
                {r.nameDiffers ? <span className="bp-badge bp-badge--muted">{t.nameDiffers}</span> : null}
                <span className="bp-project__code">{r.projectCode}</span>
              </>
            );
          }
          if (c.key === 'functionCode') return r.sums ? '' : (r.functionCode ?? '—');
          if (c.key === 'result') {
            if (r.sums)
              return (
                <>
                  {t.sumTable}{' '}
                  {r.sums.projectExpenditure && projectExpenditureSource ? (
                    <Amount value={r.sums.projectExpenditure} source={projectExpenditureSource} />
                  ) : (
                    '—'
                  )}{' '}
                  <Mark ok={r.ok} />
                </>
              );
            return (
              <>
                <Mark ok={r.ok} />
                {r.unmatched ? ` ${t.unmatchedProject}` : null}
              </>
            );
          }
          return undefined;
        }}
      />
    </section>
  );
}
