/** Reading the figures (万元) that the narrative prints inside its sentences. */
import { amountCell } from './text';

/**
 * The first capture of `re` in `text` as a decimal string, exactly as printed ("1.8" stays
 * "1.8"); `undefined` when the sentence is not there.
 */
export function figure(text: string, re: RegExp): string | undefined {
  const m = re.exec(text);
  return m?.[1] === undefined ? undefined : amountCell(m[1], '', 0);
}

/** A printed change: "减少 53.75" → "-53.75", "增加 0.00" → "0.00" (no negative zero). */
export function signedChange(direction: string, amount: string): string {
  const zero = /^0+(\.0+)?$/.test(amount);
  return direction === '减少' && !zero ? `-${amount}` : amount;
}
