import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dataset2024 } from './breakdowns-test-data';
import { nameSimilarity, normalizeProjectName, reconcileProjects } from './project-reconciliation';

const ds = dataset2024();
const d = (s: string) => new Decimal(s);
const expTotal = ds.tables.expenditure.rows.find((r) => !r.functionCode)!;

describe('project reconciliation (2024: narrative list ↔ 7 project tables ↔ 项目支出 907.19)', () => {
  const rec = reconcileProjects(
    ds.narrative.expenditureExplanation!.projectItems,
    ds.projects,
    expTotal.projectExpenditure,
  );

  it('matches each of the 7 narrative items to its project, with both names and the 功能分类科目', () => {
    expect(
      rec.lines.map((l) => [l.narrativeAmount.toString(), l.project?.code, l.project?.functionCode, l.ok]),
    ).toEqual([
      ['1.8', '13020824P00001910005H', '2150502', true],
      ['2.7', '13020824P00000610001T', '2150805', true],
      ['44.69', '13020824P00000710003P', '2150517', true],
      ['48', '13020824P00016410001J', '2060502', true],
      ['10', '13020824P00015410001B', '2060801', true],
      ['200', '13020824P00021510002F', '2069999', true],
      ['600', '13020824P000216100025', '2069999', true],
    ]);
    const last = rec.lines[6]!;
    expect(last.narrativeName).toBe('以前年度未拨付资金');
    expect(last.project!.name).toBe('以前年度未拨付专项资金');
    expect(rec.unmatchedProjects).toEqual([]);
  });

  it('sums 907.19 on all three sides, exactly', () => {
    expect(rec.narrativeSum.toFixed(2)).toBe('907.19');
    expect(rec.projectsSum.toFixed(2)).toBe('907.19');
    expect(rec.projectExpenditure!.toFixed(2)).toBe('907.19');
    expect(rec.sumMatches).toBe(true);
    expect(rec.ok).toBe(true);
  });

  it('marks a wrong amount ✗ but keeps it next to its project when the names agree', () => {
    const items = ds.narrative.expenditureExplanation!.projectItems.map((i) =>
      i.name === '科技创新扶持资金' ? { ...i, amount: d('210') } : i,
    );
    const bad = reconcileProjects(items, ds.projects, expTotal.projectExpenditure);
    const line = bad.lines.find((l) => l.narrativeName === '科技创新扶持资金')!;
    expect(line.project?.code).toBe('13020824P00021510002F');
    expect(line.amountMatches).toBe(false);
    expect(line.ok).toBe(false);
    expect(bad.narrativeSum.toFixed(2)).toBe('917.19');
    expect(bad.sumMatches).toBe(false);
    expect(bad.ok).toBe(false);
  });

  it('reports a project the narrative does not list, and a narrative item with no project', () => {
    const items = [
      ...ds.narrative.expenditureExplanation!.projectItems.slice(0, 6),
      { name: '完全不同的名称', amount: d('5') },
    ];
    const r = reconcileProjects(items, ds.projects, expTotal.projectExpenditure);
    expect(r.lines[6]!.project).toBeUndefined();
    expect(r.lines[6]!.ok).toBe(false);
    expect(r.unmatchedProjects.map((p) => p.code)).toEqual(['13020824P000216100025']);
    expect(r.ok).toBe(false);
  });

  it('without a printed 项目支出 the sum cannot agree', () => {
    const r = reconcileProjects(ds.narrative.expenditureExplanation!.projectItems, ds.projects);
    expect(r.sumMatches).toBe(false);
    expect(r.projectExpenditure).toBeUndefined();
  });
});

describe('name similarity', () => {
  it('treats 【】 and [] alike and ignores spaces and quotes', () => {
    expect(normalizeProjectName('唐财教【2023】64号 “领跑者”')).toBe('唐财教[2023]64号领跑者');
    expect(normalizeProjectName('唐财教[2023]64号')).toBe('唐财教[2023]64号');
    expect(nameSimilarity('2024 年网络运行维护费', '网络运行维护费')).toBeGreaterThan(0.7);
    expect(nameSimilarity('以前年度未拨付资金', '以前年度未拨付专项资金')).toBeGreaterThan(0.7);
    expect(nameSimilarity('网络运行维护费', '科技创新扶持资金')).toBe(0);
    expect(nameSimilarity('', '')).toBe(1);
  });
});
