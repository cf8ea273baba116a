/**
 * The three figures of the node on screen (合计, 基本支出, 项目支出), each naming its row of
 * 部门预算支出总表; the measure the chart draws is marked. A blank cell shows as "—".
 */
import { Amount } from '../../../components/amount';
import { functionCopy, measureLabel } from '../../../copy/function';
import { BLANK_CELL, formatAmount } from '../../../domain/format';
import { FUNCTION_MEASURES } from '../../../domain/function-shares';
import type { FunctionMeasure } from '../../../domain/function-tree';
import type { LevelParent } from '../select-function-view';

export function FocusFigures({ focus, measure }: { focus: LevelParent; measure: FunctionMeasure }) {
  return (
    <dl className="fn-figures" data-testid="function-figures">
      {FUNCTION_MEASURES.map((m) => {
        const label = measureLabel(m);
        return (
          <div key={m} className={`fn-figures__item${m === measure ? ' is-measure' : ''}`}>
            <dt>
              {label}
              {m === measure ? <span className="fn-tag fn-tag--measure">{functionCopy.inChart}</span> : null}
            </dt>
            <dd>
              {focus.blank.includes(m) ? (
                <span className="fn-figures__blank" title={functionCopy.blankCell}>
                  {BLANK_CELL}
                </span>
              ) : focus.source ? (
                <Amount
                  value={focus[m]}
                  source={focus.source.kind === 'table' ? { ...focus.source, column: label } : focus.source}
                />
              ) : (
                <span title={functionCopy.summedFromChildren}>{formatAmount(focus[m])}</span>
              )}
              {focus.blank.includes(m) ? null : <span className="fn-figures__unit"> 万元</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
