/** 人员与公用's TableSpecs on the shipped 339-2024 budget and 普陀 财政局 2024 决算. */
import { describe, expect, it } from 'vitest';
import { shippedModel } from '../../domain/__fixtures__/load-shipped';
import type { TableSpec } from '../../domain/table-spec';
import { sortRows, sortTreeRows } from '../../domain/table-spec-layout';
import { tableCsvRows } from '../../export/csv';
import { isFooterRow, isThreeTotalRow, personnelPublicSpecs } from './export-specs';
import { selectPersonnelPublic } from './select-personnel-public';

const col = <Row>(spec: TableSpec<Row>, key: string) => spec.columns.find((c) => c.key === key)!;
const specsOf = (id: '339-2024' | 'putuo-finance-2024-final') => {
  const budget = shippedModel(id);
  return personnelPublicSpecs(selectPersonnelPublic(budget, undefined)!, '基本支出按经济分类（类）', budget);
};

describe('personnelPublicSpecs: 经济分类', () => {
  const { economic } = specsOf('339-2024');
  it('the 类 with their part, then 基本支出 合计 (万元; blanks stay blank)', () => {
    const rows = tableCsvRows(economic).slice(6);
    expect(rows[0]).toEqual(['301', '工资福利支出', '926.71', '926.71', '', '66.28', '人员经费']);
    expect(rows.at(-1)).toEqual(['', '基本支出 合计', '1398.08', '1321.13', '76.95', '', '']);
  });
  it('sorted by 公用经费: the blank 人员经费 类 last both ways, 合计 stays at the foot', () => {
    for (const dir of ['asc', 'desc'] as const)
      expect(
        sortRows(economic.rows, col(economic, 'publicExpense'), dir, isFooterRow).map(
          (r) => r.code ?? '合计',
        ),
        dir,
      ).toEqual(['302', '301', '303', '合计']);
    // 普陀 财政局: 302 171.07 before 310 13.58 descending, 301 and 303 (blank) after.
    const final = specsOf('putuo-finance-2024-final').economic;
    expect(
      sortRows(final.rows, col(final, 'publicExpense'), 'desc', isFooterRow).map((r) => r.code ?? '合计'),
    ).toEqual(['302', '310', '301', '303', '合计']);
  });
});

describe('personnelPublicSpecs: “三公”经费 (a tree)', () => {
  const three = specsOf('339-2024').three!;
  it('sorted by amount within each parent: 公务用车 6.00 before 公务接待 0.80, blanks last, 合计 first', () => {
    const sorted = sortTreeRows(three.rows, col(three, 'total'), 'desc', three.rowLevel!, isThreeTotalRow);
    expect(sorted.map((r) => r.item).slice(0, 6)).toEqual([
      '合计',
      '“三公”经费小计',
      '二、公务用车购置及运维费',
      '公务用车运行维护费',
      '其中：公务用车购置费',
      '三、公务接待费',
    ]);
    // Every item keeps its children under it: 四、会议费 is followed by its two lines.
    const meeting = sorted.findIndex((r) => r.item === '四、会议费');
    expect(sorted.slice(meeting + 1, meeting + 3).map((r) => r.level)).toEqual([2, 2]);
    expect(sorted).toHaveLength(13);
  });
  it('writes the 基本支出表 科目 of the same name beside its item', () => {
    const rows = tableCsvRows(three);
    expect(rows.find((r) => r[0] === '公务用车运行维护费')).toEqual([
      '公务用车运行维护费',
      '6.00',
      '6.00',
      '30231',
      '公务用车运行维护费',
      '6.00',
    ]);
  });
});
