/**
 * The small colour square before a 功能分类 code or a part's name in a table, the same colour
 * as the chart beside it (src/charts/colors.ts). Decorative: the code or name beside it says
 * what it is, so it is hidden from assistive technology.
 */
import { functionClassColor } from '../charts/colors';

/** A square of `color` (any CSS colour). */
export function Swatch({ color }: { color: string }) {
  return <span className="swatch" style={{ background: color }} aria-hidden="true" />;
}

/**
 * A 功能分类 code with its 类's colour before it, e.g. ■ 206.
 * @param code a 类, 款 or 项 code (the colour is the 类's: its first three digits)
 */
export function FunctionCode({ code }: { code: string }) {
  return (
    <>
      <Swatch color={functionClassColor(code)} />
      {code}
    </>
  );
}
