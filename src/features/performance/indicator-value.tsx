/**
 * One 指标值 as printed, with its parse beside it (comparator, number, unit or a deadline)
 * and its kind (定量 / 定性). Notes say when the parse assumed something (an implied "=",
 * a year taken from the budget year).
 */
import { perfCopy as c } from '../../copy/performance';
import type { IndicatorView } from './select-performance';

export function IndicatorValueCell({
  row,
}: {
  row: Pick<IndicatorView, 'value' | 'normalized' | 'kind' | 'printedValue'>;
}) {
  const v = row.value;
  const note =
    v.type === 'number' && v.comparatorImplied
      ? c.impliedComparator
      : v.type === 'deadline' && v.yearInferred
        ? c.yearInferred
        : undefined;
  return (
    <span className="pv">
      <span className="pv__printed">{row.printedValue ?? c.notDisclosed}</span>
      {v.type !== 'text' && (
        <span className="pv__parsed" title={note}>
          <span className="visually-hidden">解析为 </span>
          {row.normalized}
          {note && <span className="visually-hidden">（{note}）</span>}
        </span>
      )}
      <span className={`kind-badge kind-badge--${row.kind}`}>
        {row.kind === 'quantitative' ? c.quantitative : c.qualitative}
      </span>
    </span>
  );
}
