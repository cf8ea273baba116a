import { describe, expect, it } from 'vitest';
import { loadDataset2024 } from '../../domain/indicators/test-dataset';
import { prepareDatasetWide, selectPerformance } from './select-performance';
import { NO_FILTERS, type PerformanceFilters } from './url-state';

const ds = loadDataset2024();
const model = (f: Partial<PerformanceFilters> = {}, code?: string) =>
  selectPerformance(ds, { ...NO_FILTERS, ...f }, code);

describe('selectPerformance on the 2024 disclosure', () => {
  it('lists the department goals, 9 itemised goals with indicators and targets', () => {
    const m = model();
    expect(m.goals.map((g) => g.title)).toEqual([
      '促进工业转型升级',
      '实行工业和信息化监测管理',
      '促进中小企业和民营经济发展',
      '推进全区工业信息化建设与应用',
      '实施全区工业能源节约和资源综合利用',
      '工信政务管理',
      '科技创新项目支撑',
      '科技创新环境建设',
      '科技政务管理',
    ]);
    expect(m.overallGoal[0]).toBe(
      '组织实施全区工业的发展规划，推进产业结构战略性调整和优化升级，推进信息化和工业化融合',
    );
    expect(m.overallGoal).toHaveLength(9);
    expect(m.goals[1]!.indicators[1]).toMatchObject({ name: '安全生产管理工作完成率', targets: ['≥ 80 %'] });
    expect(m.goals[0]!.flags.map((f) => f.rule)).toEqual(['duplicatedLabel']);
  });

  it('lists 7 projects with budget, function code and links; budgets sum to 项目支出 907.19', () => {
    const m = model();
    expect(m.projects).toHaveLength(7);
    expect(m.projectTotal?.toFixed(2)).toBe('907.19');
    const p4 = m.projects.find((p) => p.code === '13020824P00021510002F')!;
    expect(p4).toMatchObject({
      name: '科技创新扶持资金',
      functionCode: '2069999',
      functionRoute: '/function/206/20699/2069999',
      basicProjectRoute: '/basic-project?project=13020824P00021510002F',
      route: '/performance/project/13020824P00021510002F',
      indicatorCount: 9,
    });
    expect(p4.budget.toFixed(2)).toBe('200.00');
  });

  it('opens the selected project with goals, plan and indicators grouped 一级 → 二级', () => {
    const m = model({}, '13020824P00016410001J');
    const s = m.selected!;
    expect(s.goals).toEqual([{ text: '目标内容 1', template: true }]);
    expect(s.tree.map((g) => [g.level1, g.count])).toEqual([
      ['产出指标', 4],
      ['效益指标', 4],
      ['满意度指标', 1],
    ]);
    expect(s.tree[0]!.groups.map((g) => g.level2)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标']);
    expect(s.plan.points.map((p) => p.status)).toEqual(['printed', 'printed', 'printed', 'inferred']);
    expect(s.flags.map((f) => f.rule)).toContain('templateGoal');
    expect(model({}, 'NOPE').missingProject).toBe('NOPE');
  });

  it('filters the table and keeps counts per filter value', () => {
    expect(model().rows).toHaveLength(55);
    expect(model({ q: '满意度' }).rows).toHaveLength(7);
    const cost = model({ l2: '成本指标' });
    expect(cost.rows).toHaveLength(7);
    expect(cost.facets.l2.find((o) => o.value === '成本指标')?.count).toBe(7);
    expect(cost.facets.l2.find((o) => o.value === '数量指标')?.count).toBe(7);
    expect(cost.facets.l1.find((o) => o.value === '产出指标')?.count).toBe(7);
    expect(cost.facets.l1.find((o) => o.value === '效益指标')?.count).toBe(0);
    expect(model({ kind: 'qualitative' }).rows.map((r) => r.printedValue)).toEqual([
      '提高',
      '按时限要求上报',
      '每月上报监测数据',
      '产品质量提升',
      '进一步增强',
    ]);
    expect(model({ basis: '合同内容' }).rows).toHaveLength(4);
    expect(model({ project: '13020824P00001910005H', l1: '效益指标' }).rows.map((r) => r.level3)).toEqual([
      '提高工作效率',
      '网络安全畅通',
    ]);
    const issues = model({ issues: true });
    expect(issues.rows.every((r) => r.flags.length > 0)).toBe(true);
    expect(issues.rows.length).toBe(model().facets.issues);
  });

  it('groups the quality review by rule with subjects and routes', () => {
    const m = model();
    expect(m.quality[0]!.title).toBe('绩效目标为模板文字');
    expect(m.quality[0]!.items[0]!.route).toBe('/performance/project/13020824P00016410001J');
    const cost = m.quality.find((g) => g.rule === 'costMismatch')!;
    expect(cost.items[0]!.subject).toBe('科技创新扶持资金 · 成本指标 · 奖补成本');
    expect(m.quality.find((g) => g.rule === 'duplicatedLabel')!.items[0]!.subject).toBe(
      '分项绩效目标 1 促进工业转型升级',
    );
  });
});

describe('prepareDatasetWide (run before the prerendered 绩效 screen hydrates)', () => {
  it('gives the same explorer, whose later builds (any filter) reuse its one review', () => {
    const fresh = loadDataset2024();
    prepareDatasetWide(fresh);
    const first = selectPerformance(fresh, NO_FILTERS);
    const searched = selectPerformance(fresh, { ...NO_FILTERS, q: '满意度' });
    // The same review groups (objects), not a second review of the 2024 disclosure.
    expect(searched.quality).toBe(first.quality);
    expect(first.quality.length).toBeGreaterThan(0);
    // The department goals (indicators read), the projects and their total too: the sections
    // made of them are not drawn again on a keystroke in the search.
    expect(searched.goals).toBe(first.goals);
    expect(searched.overallGoal).toBe(first.overallGoal);
    expect(searched.projects).toBe(first.projects);
    expect(searched.projectTotal).toBe(first.projectTotal);
    expect(first.projectTotal?.toFixed(2)).toBe('907.19');
    // Prepared ahead or not, the explorer is the same; another model has its own review.
    const unprepared = selectPerformance(loadDataset2024(), NO_FILTERS);
    expect(unprepared.quality).not.toBe(first.quality);
    expect(first).toEqual(unprepared);
  });
});
