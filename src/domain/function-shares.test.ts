import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024 } from './__fixtures__/load-2024';
import { projectsOfFunction } from './function-projects';
import {
  FUNCTION_MEASURES,
  levelRoundedShares,
  levelShares,
  shareOfTotal,
  undrawableReason,
} from './function-shares';
import { buildFunctionTree, type FunctionNode } from './function-tree';

const ds = dataset2024();
const tree = buildFunctionTree(ds.tables.expenditure.rows);
const node = (code: string) => tree.byCode.get(code)!;
const sum = (xs: readonly (Decimal | undefined)[]) =>
  xs.reduce<Decimal>((a, x) => a.plus(x ?? 0), new Decimal(0));

describe('levelShares (支出总表, one level at a time)', () => {
  it('gives the 类 their shares of 合计, adding to exactly 100.00', () => {
    expect(levelShares(tree.classes, 'total').map((s) => s!.toFixed(2))).toEqual([
      '49.91',
      '2.86',
      '5.37',
      '39.71',
      '2.15',
    ]);
  });

  it('every share is the exact ratio rounded half up; the 尾差 is what the level misses of 100.00', () => {
    const levels: FunctionNode[][] = [tree.classes, ...[...tree.byCode.values()].map((n) => n.children)];
    let checked = 0;
    for (const level of levels.filter((l) => l.length > 0)) {
      for (const m of FUNCTION_MEASURES) {
        const { shares, residual } = levelRoundedShares(level, m);
        if (sum(level.map((n) => n[m])).isZero()) {
          expect(shares.every((s) => s === undefined)).toBe(true);
          continue;
        }
        expect(sum(shares).plus(residual!).toFixed(2), `${level[0]!.code}… ${m}`).toBe('100.00');
        // Only 21505 (合计) misses: 866.21 → 94.91, 1.80 → 0.20, 44.69 → 4.90 of 912.70 = 100.01.
        const expected = level[0]!.code === '2150501' && m === 'total' ? '-0.01' : '0.00';
        expect(residual!.toFixed(2), `${level[0]!.code}… ${m}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('206 by 项目支出: the blank 20601 gets 0.00, the rest share 100.00', () => {
    const shares = levelShares(node('206').children, 'projectExpenditure');
    expect(shares.map((s) => s!.toFixed(2))).toEqual(['0.00', '5.59', '1.17', '93.24']);
  });

  it('returns undefined shares for a level that sums to zero (208 by 项目支出)', () => {
    expect(levelShares(node('208').children, 'projectExpenditure')).toEqual([undefined]);
  });

  it('does not force negative amounts to 100 (largest remainder is undefined there)', () => {
    const a = { ...node('20601'), total: new Decimal('150') };
    const b = { ...node('20605'), total: new Decimal('-50') };
    expect(levelShares([a, b], 'total').map((s) => s!.toFixed(2))).toEqual(['150.00', '-50.00']);
  });
});

describe('undrawableReason and shareOfTotal', () => {
  it('tells blank cells, zeros and negatives apart', () => {
    expect(undrawableReason(node('20601'), 'projectExpenditure')).toBe('blank');
    expect(undrawableReason(node('20601'), 'basicExpenditure')).toBeUndefined();
    expect(
      undrawableReason(
        { ...node('20605'), blank: [], projectExpenditure: new Decimal(0) },
        'projectExpenditure',
      ),
    ).toBe('zero');
    expect(undrawableReason({ ...node('20605'), total: new Decimal(-1) }, 'total')).toBe('negative');
  });

  it('gives a share of the department total, unrounded', () => {
    expect(shareOfTotal(node('20601'), tree, 'total')!.toFixed(2)).toBe('12.69');
    expect(shareOfTotal(node('2069999'), tree, 'projectExpenditure')!.toFixed(2)).toBe('88.18');
  });
});

describe('projectsOfFunction (项目表 functionCode ↔ 支出总表)', () => {
  it('2069999 其他科学技术支出 800.00 = 科技创新扶持资金 200.00 + 以前年度未拨付专项资金 600.00', () => {
    const p = projectsOfFunction(node('2069999'), ds.projects);
    expect(p.projects.map((x) => [x.name, x.budget.toFixed(2)])).toEqual([
      ['科技创新扶持资金', '200.00'],
      ['以前年度未拨付专项资金', '600.00'],
    ]);
    expect(p.projectSum.toFixed(2)).toBe('800.00');
    expect(p.reconciles).toBe(true);
  });

  it('2150517 产业发展 44.69 is the 领跑者 project; 行政运行 has none', () => {
    const p = projectsOfFunction(node('2150517'), ds.projects);
    expect(p.projects.map((x) => x.code)).toEqual(['13020824P00000710003P']);
    expect(p.projects[0]!.name).toContain('“领跑者”企业培育');
    expect(p.reconciles).toBe(true);
    const basic = projectsOfFunction(node('2150501'), ds.projects);
    expect(basic.projects).toEqual([]);
    expect(basic.reconciles).toBe(true);
  });

  it('collects every project under a 类 and reconciles the 类 too', () => {
    const p = projectsOfFunction(node('206'), ds.projects);
    expect(p.projects).toHaveLength(4);
    expect(p.projectSum.toFixed(2)).toBe('858.00');
    expect(p.reconciles).toBe(true);
  });

  it('reports the difference when a project is missing', () => {
    const p = projectsOfFunction(
      node('2069999'),
      ds.projects.filter((x) => x.name !== '科技创新扶持资金'),
    );
    expect(p.reconciles).toBe(false);
    expect(p.difference.toFixed(2)).toBe('200.00');
  });
});
