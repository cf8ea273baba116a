/**
 * Colours shared by every view: one colour per 功能分类 类, the same everywhere, plus the
 * colours of basic vs project and personnel vs public expense.
 */

/** Palette for 类 (colour-blind-safe order, readable with white labels). */
const CLASS_PALETTE = [
  '#1f5fa8', // 201
  '#b8432f',
  '#2e7d4f',
  '#7a4fa3',
  '#a86b00',
  '#0f7c86', // 206
  '#8a3b62',
  '#4b6b1f', // 208
  '#5a5fb0',
  '#b03a48', // 210
  '#2d6a8f',
  '#6d5a2f',
  '#3f7f6b',
  '#8c4a1c',
  '#345c9c', // 215
  '#7b3f8c',
  '#5b7a24',
  '#a0522d',
  '#2b7a78',
  '#6a4c93',
  '#9c3d54', // 221
];

/**
 * Colour of a 功能分类 类 (3-digit code; longer codes use their 类). Codes 201–221 map to a
 * fixed palette slot; others wrap around, deterministically.
 */
export function functionClassColor(code: string): string {
  const classCode = Number(code.slice(0, 3));
  const index = Number.isFinite(classCode) ? Math.abs(classCode - 201) % CLASS_PALETTE.length : 0;
  return CLASS_PALETTE[index]!;
}

/** 基本支出 / 项目支出 / 人员经费 / 公用经费 colours. */
export const PART_COLORS = {
  basicExpenditure: '#1f5fa8',
  projectExpenditure: '#d9822b',
  personnelExpense: '#2e7d4f',
  publicExpense: '#a8508a',
  decrease: '#b03a48',
  increase: '#2e7d4f',
  neutral: '#6b7280',
} as const;
