/**
 * What a 项 (the last level) consists of: basic expenditure, which carries no project, and
 * the projects behind its 项目支出 with their 预算数 and a link to each one's performance
 * targets; the 项目支出 is written as the exact sum of the projects, and any difference
 * from 支出总表 is called out.
 */
import { Link } from 'react-router';
import { functionCopy } from '../../../copy/function';
import { formatAmount } from '../../../domain/format';
import type { LeafDetail as LeafDetailModel } from '../select-function-view';

export interface LeafDetailProps {
  leaf: LeafDetailModel;
  /** In-app href of a route (adds the sticky parameters). */
  linkTo: (route: string) => string;
}

export function LeafDetail({ leaf, linkTo }: LeafDetailProps) {
  const hasBasic = leaf.kind === 'basic' || leaf.kind === 'mixed';
  return (
    <div className="fn-leaf" data-testid="function-leaf">
      {hasBasic && (
        <p className="fn-leaf__basic" data-testid="function-leaf-basic">
          <span className="fn-tag fn-tag--basic">{functionCopy.leafBasicNote}</span>
          {leaf.kind === 'basic'
            ? functionCopy.leafIsBasic(formatAmount(leaf.basicExpenditure))
            : functionCopy.leafIsMixed(
                formatAmount(leaf.basicExpenditure),
                formatAmount(leaf.projectExpenditure),
              )}
        </p>
      )}
      {leaf.kind === 'empty' && <p>{functionCopy.leafIsEmpty}。</p>}
      {leaf.projects.length > 0 ? (
        <>
          <h3>{functionCopy.leafProjectsHeading}</h3>
          <table className="data-table fn-leaf__projects" data-testid="function-leaf-projects">
            <caption>{functionCopy.leafProjectsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{functionCopy.projectColumn}</th>
                <th scope="col" className="num">
                  {functionCopy.budgetColumn}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{functionCopy.leafPerformanceLink}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {leaf.projects.map((p) => (
                <tr key={p.code}>
                  <th scope="row">
                    <span className="fn-leaf__name">{p.name}</span>
                    <span className="fn-leaf__code">{p.code}</span>
                  </th>
                  <td className="num">{formatAmount(p.budget)}</td>
                  <td className="fn-leaf__link">
                    <Link to={linkTo(p.route)} aria-label={`${p.name} ${functionCopy.leafPerformanceLink}`}>
                      {functionCopy.leafPerformanceLink} ›
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{functionCopy.total}</th>
                <td className="num">{formatAmount(leaf.projectSum)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
          <div
            className={`fn-leaf__equation${leaf.reconciles ? '' : ' is-mismatch'}`}
            data-testid="function-leaf-equation"
          >
            <span className="fn-leaf__equation-label">{functionCopy.leafEquation}</span>
            <strong>{leaf.equation}</strong>
            {leaf.reconciles ? (
              <span className="fn-leaf__ok">✓ {functionCopy.leafReconciles}</span>
            ) : (
              <span className="fn-leaf__warn" role="note">
                {functionCopy.leafMismatch(formatAmount(leaf.difference))}
              </span>
            )}
          </div>
        </>
      ) : (
        (leaf.kind === 'project' || leaf.kind === 'mixed') && <p>{functionCopy.leafNoProjects}</p>
      )}
    </div>
  );
}
