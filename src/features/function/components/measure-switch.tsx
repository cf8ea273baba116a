/**
 * 合计 / 基本支出 / 项目支出 as a radio group (native radios: arrow keys move between them,
 * a screen reader announces "口径"). The choice lives in the URL (`?measure=`).
 */
import { functionCopy, measureLabel } from '../../../copy/function';
import { FUNCTION_MEASURES } from '../../../domain/function-shares';
import type { FunctionMeasure } from '../../../domain/function-tree';

export interface MeasureSwitchProps {
  value: FunctionMeasure;
  onChange: (measure: FunctionMeasure) => void;
}

export function MeasureSwitch({ value, onChange }: MeasureSwitchProps) {
  return (
    <fieldset className="fn-measure" data-testid="function-measure">
      <legend>{functionCopy.measureLegend}</legend>
      <div className="fn-measure__options">
        {FUNCTION_MEASURES.map((m) => (
          <label key={m} className={m === value ? 'is-checked' : undefined}>
            <input
              type="radio"
              name="function-measure"
              value={m}
              checked={m === value}
              onChange={() => onChange(m)}
            />
            <span>{measureLabel(m)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
