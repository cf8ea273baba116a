import { describe, expect, it } from 'vitest';
import { detectDisclosureMeta } from './disclosure-meta';

// First lines of real disclosures, as their text layers give them.
const FINANCE_BUREAU_2024 = [
  ['上海市普陀区财政局', '年度部门决算', '2024'],
  ['目 录', '第一部分 上海市普陀区财政局概况', '一、主要职能'],
];
const PLANNING_2024 = [
  ['上海市普陀区规划和自然', '资源局', '2024 年度部门决算'],
  ['目 录', '第一部分 上海市普陀区规划和自然资源局概况'],
];
const SOCIAL_WORK_2024 = [
  ['中共上海市普陀区委', '社会工作部 2024 年度', '部门决算'],
  ['第一部分 中共上海市普陀区委社会工作部概况'],
];
const CONSTRUCTION_2026 = [
  ['上海市普陀区2026年区级部门预算', '预算主管部门：上海市普陀区建设和管理委员会'],
  ['目 录', '1. 2026年部门财务收支预算总表 ……'],
];
const FENGRUN_2024 = [
  ['', '2024 年部门预算信息公开目录', '部门预算公开表', '部门预算收支总表\t1'],
  ['部门预算收支总表', '339 丰润区工业和信息化局', '预算年度：2024', '单位：万元'],
];

describe('detectDisclosureMeta', () => {
  it.each([
    [FINANCE_BUREAU_2024, '上海市普陀区财政局', 2024, '决算', undefined],
    [PLANNING_2024, '上海市普陀区规划和自然资源局', 2024, '决算', undefined],
    [SOCIAL_WORK_2024, '中共上海市普陀区委社会工作部', 2024, '决算', undefined],
    [CONSTRUCTION_2026, '上海市普陀区建设和管理委员会', 2026, '预算', undefined],
    [FENGRUN_2024, '丰润区工业和信息化局', 2024, '预算', '339'],
  ] as const)('reads %#: %s', (pages, name, year, kind, code) => {
    const result = detectDisclosureMeta(pages);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.meta.department.name).toBe(name);
    expect(result.meta.department.code).toBe(code);
    expect(result.meta.year).toBe(year);
    expect(result.meta.kind).toBe(kind);
  });

  it('titles 决算 and 预算 the way each is printed', () => {
    const r = detectDisclosureMeta(FINANCE_BUREAU_2024);
    expect(r.ok && r.meta.title).toBe('上海市普陀区财政局 2024 年度部门决算');
    const b = detectDisclosureMeta(FENGRUN_2024);
    expect(b.ok && b.meta.title).toBe('丰润区工业和信息化局 2024 年部门预算');
  });

  it('says what is missing for a document that is not a disclosure', () => {
    const result = detectDisclosureMeta([['会议纪要', '关于本周工作安排的通知']]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringContaining('部门预算还是部门决算'),
      expect.stringContaining('年度'),
      expect.stringContaining('部门名称'),
    ]);
  });
});
