/**
 * 情况说明与项目表核对: each item of the narrative's 项目支出 list next to the project table
 * it matches (both names shown), its 功能分类科目 and ✓/✗, then the three sums (narrative,
 * project tables, 支出总表 项目支出).
 */
import { basicProjectCopy as t } from '../../copy/breakdowns';
import { Amount } from '../../components/amount';
import { TableScroll } from '../../components/table-scroll';
import { formatAmount } from '../../domain/format';
import { normalizeProjectName, type ProjectReconciliation } from '../../domain/project-reconciliation';
import type { SourceRef } from '../../domain/source';

const NARRATIVE: SourceRef = { kind: 'narrative', section: '二、部门预算安排的总体情况 · 2、支出说明' };

function Mark({ ok }: { ok: boolean }) {
  return (
    <span className={ok ? 'bp-mark bp-mark--ok' : 'bp-mark bp-mark--bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {ok ? t.ok : t.mismatch}
    </span>
  );
}

export function ReconciliationPanel({
  rec,
  projectExpenditureSource,
  tableTitle,
}: {
  rec: ProjectReconciliation;
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
      <TableScroll label={t.reconciliationTitle}>
        <table className="data-table" data-testid="bp-reconciliation-table">
          <caption>{t.reconciliationCaption(tableTitle)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.narrativeItem}</th>
              <th scope="col" className="num">
                {t.narrativeAmount}
              </th>
              <th scope="col">{t.tableProject}</th>
              <th scope="col" className="num">
                {t.tableAmount}
              </th>
              <th scope="col">{t.functionCode}</th>
              <th scope="col">{t.result}</th>
            </tr>
          </thead>
          <tbody>
            {rec.lines.map((l) => {
              const differs =
                l.project && normalizeProjectName(l.project.name) !== normalizeProjectName(l.narrativeName);
              return (
                <tr key={l.index}>
                  <th scope="row">{l.narrativeName}</th>
                  <td className="num">
                    {/* The narrative prints 1.8, 48, 600; shown with two decimals like every amount. */}
                    <Amount value={l.narrativeAmount} source={NARRATIVE} />
                  </td>
                  <td>
                    {l.project ? (
                      <>
                        {l.project.name}
                        {differs ? <span className="bp-badge bp-badge--muted">{t.nameDiffers}</span> : null}
                        <span className="bp-project__code">{l.project.code}</span>
                      </>
                    ) : (
                      t.notFound
                    )}
                  </td>
                  <td className="num">{l.project ? formatAmount(l.project.budget) : '—'}</td>
                  <td>{l.project?.functionCode ?? '—'}</td>
                  <td>
                    <Mark ok={l.ok} />
                  </td>
                </tr>
              );
            })}
            {rec.unmatchedProjects.map((p) => (
              <tr key={p.code}>
                <th scope="row">—</th>
                <td className="num">—</td>
                <td>
                  {p.name}
                  <span className="bp-project__code">{p.code}</span>
                </td>
                <td className="num">{formatAmount(p.budget)}</td>
                <td>{p.functionCode ?? '—'}</td>
                <td>
                  <Mark ok={false} /> {t.unmatchedProject}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.sumNarrative}</th>
              <td className="num">
                <Amount
                  value={rec.narrativeSum}
                  source={{ kind: 'derived', how: '情况说明所列各项目金额之和', from: [NARRATIVE] }}
                />
              </td>
              <th scope="row">{t.sumProjects}</th>
              <td className="num">{formatAmount(rec.projectsSum)}</td>
              <td colSpan={2}>
                {t.sumTable}{' '}
                {rec.projectExpenditure && projectExpenditureSource ? (
                  <Amount value={rec.projectExpenditure} source={projectExpenditureSource} />
                ) : (
                  '—'
                )}{' '}
                <Mark ok={rec.sumMatches && rec.projectsSum.equals(rec.narrativeSum)} />
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
