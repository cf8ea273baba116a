import { describe, expect, it } from 'vitest';
import { functionClassColor } from './colors';

/** sRGB hex → CIE Lab (D65) and relative luminance, for the checks below. */
function lab(hex: string): { L: number; a: number; b: number; Y: number } {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255)) as [
    number,
    number,
    number,
  ];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return { L: 116 * f(Y) - 16, a: 500 * (f(x) - f(Y)), b: 200 * (f(Y) - f(z)), Y };
}
const deltaE = (p: string, q: string) => {
  const a = lab(p);
  const b = lab(q);
  return Math.hypot(a.L - b.L, a.a - b.a, a.b - b.b);
};

/** Every 类 of the 2024 classification (政府收支分类科目). */
const ALL =
  '201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 219 220 221 222 223 224 227 229 230 231 232 233 234'.split(
    ' ',
  );
/** The 类 department disclosures publish most often (the sector 类 and the four nearly everywhere). */
const COMMON = '201 205 206 207 208 210 211 212 213 214 215 220 221 224 229'.split(' ');

describe('functionClassColor', () => {
  it('gives each 类 a colour white labels read on (contrast ≥ 4.5:1)', () => {
    for (const code of ALL) {
      const contrast = 1.05 / (lab(functionClassColor(code)).Y + 0.05);
      expect(contrast, code).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the 类 published together apart (ΔE ≥ 20; 210 卫生健康 and 221 住房保障 were both crimson)', () => {
    for (const a of COMMON)
      for (const b of COMMON)
        if (a < b)
          expect(deltaE(functionClassColor(a), functionClassColor(b)), `${a}/${b}`).toBeGreaterThanOrEqual(
            20,
          );
  });

  it('uses the 类 for longer codes and a fixed colour for codes the classification does not list', () => {
    expect(functionClassColor('2060101')).toBe(functionClassColor('206'));
    expect(functionClassColor('206')).toBe('#0f7c86');
    expect(functionClassColor('299')).toBe(functionClassColor('299'));
    expect(functionClassColor('299')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
