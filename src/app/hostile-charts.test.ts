// @vitest-environment jsdom
/**
 * Every ECharts option builder, run on the hostile fixture (e2e/fixtures/hostile-339-2024.json,
 * names holding <img onerror>, <script>, RTL marks, rich-text markup, 10,000-character words):
 * tooltips are DOM nodes whose text is the data as text (no element but our div/span), every
 * formatter is a function (a formatter string is an ECharts template), and rich-text labels
 * parse into exactly the segments the builder meant. A new builder file under
 * src/features/<view>/build-*-option.ts fails the first test until it is covered here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMG, LONG_WORD, RICH_MARKUP } from '../../e2e/fixtures/hostile-text';
import { tooltipNode } from '../charts/chart-text';
import type { ChartOption } from '../charts/echarts';
import { deriveSpendingPlan } from '../domain/indicators/spending-plan';
import { buildBudgetModel } from '../domain/budget-model';
import { datasetSchema } from '../domain/schema';
import {
  assetBars,
  assetChartOrder,
  buildFixedAssetsOption,
} from '../features/about/build-fixed-assets-option';
import { buildPartsBarOption, chartOrder } from '../features/basic-project/build-parts-bar-option';
import { selectBasicProject } from '../features/basic-project/select-basic-project';
import { buildWaterfallOption } from '../features/change/build-waterfall-option';
import { selectChange, type WaterfallStep } from '../features/change/select-change';
import { buildTreemapOption } from '../features/function/build-treemap-option';
import { selectFunctionView } from '../features/function/select-function-view';
import { buildClassBarOption } from '../features/overview/build-class-bar-option';
import { selectOverview } from '../features/overview/select-overview';
import { buildSpendingPlanOption } from '../features/performance/build-spending-plan-option';
import {
  buildEconomicBarOption,
  economicChartOrder,
} from '../features/personnel-public/build-economic-bar-option';
import { selectPersonnelPublic } from '../features/personnel-public/select-personnel-public';

const ds = buildBudgetModel(
  datasetSchema.parse(JSON.parse(readFileSync('e2e/fixtures/hostile-339-2024.json', 'utf8')) as unknown),
);

type Formatter = (...args: unknown[]) => unknown;
interface Found {
  path: string;
  formatter: unknown;
  rich: string[] | undefined;
}

/** Every `formatter` in an option, with the rich style names in force where it sits. */
function formatters(value: unknown, path = '', rich?: string[]): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => formatters(v, `${path}[${i}]`, rich));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const here = obj.rich ? Object.keys(obj.rich as object) : rich;
  const own = 'formatter' in obj ? [{ path: `${path}.formatter`, formatter: obj.formatter, rich: here }] : [];
  return [
    ...own,
    ...Object.entries(obj)
      .filter(([k]) => k !== 'formatter')
      // A series' label.rich also styles the label objects of its data items.
      .flatMap(([k, v]) => formatters(v, `${path}.${k}`, k === 'data' ? (seriesRich(obj) ?? here) : here)),
  ];
}
const seriesRich = (series: Record<string, unknown>) => {
  const label = series.label as { rich?: object } | undefined;
  return label?.rich ? Object.keys(label.rich) : undefined;
};

/** ECharts' rich-text markup (zrender parseText STYLE_REG). */
const STYLE_REG = /\{([a-zA-Z0-9_]+)\|([^}]*)\}/g;

/** A label as ECharts reads it: plain text, or rich segments of known styles and nothing else. */
function expectWellFormedLabel(text: string, rich: string[] | undefined, where: string) {
  expect(typeof text, where).toBe('string');
  if (!rich) return;
  const rest = text.replace(STYLE_REG, (_m, style: string) => {
    expect(rich, `${where}: style {${style}|…}`).toContain(style);
    return '';
  });
  expect(rest, `${where}: markup outside the segments`).not.toMatch(/[{}|]/);
}

/** Tooltip node → its lines' text; fails on any element other than our div/span. */
function tooltipLines(node: unknown, where: string): string[] {
  expect(node, where).toBeInstanceOf(HTMLElement);
  const el = node as HTMLElement;
  const tags = new Set([...el.querySelectorAll('*')].map((e) => e.tagName));
  expect(
    [...tags].filter((t) => t !== 'DIV' && t !== 'SPAN'),
    where,
  ).toEqual([]);
  expect(el.querySelector('[onerror],[onload],[href],[src]'), where).toBeNull();
  return [...el.children].map((row) => row.textContent ?? '');
}

interface Case {
  option: ChartOption;
  /** Params of each hovered item, as ECharts passes them to the tooltip formatter. */
  hovers: unknown[];
  /** Expected first (bold) line of each hovered item's tooltip. */
  heads: string[];
  /** Label formatter params per data item (index → params). */
  labelParams: (i: number) => unknown;
}

const overview = selectOverview(ds)!.classes;
const overviewSorted = [...overview].sort((a, b) => a.total.comparedTo(b.total));
const fnTop = selectFunctionView(ds, { path: [], measure: 'total' });
const fn206 = selectFunctionView(ds, { path: ['206'], measure: 'total' });
const parts = selectBasicProject(ds, ['206'])!;
const partsTop = selectBasicProject(ds, [])!;
const econ = selectPersonnelPublic(ds)!;
const econ301 = selectPersonnelPublic(ds, '301')!;
const project = ds.projects.find((p) => p.spendingPlan.points.some((x) => x.amount))!;
const change = selectChange(ds)!;

const treemapCase = (m: typeof fnTop): Case => ({
  option: buildTreemapOption({ level: m.level, summary: m.summary }),
  hovers: m.level.blocks.map((b) => ({ data: { code: b.code } })),
  heads: m.level.blocks.map((b) => `${b.code} ${b.name}`),
  labelParams: (i) => ({ data: { code: m.level.blocks[i]?.code } }),
});
const barCase = <R extends { code: string; name: string }>(
  option: ChartOption,
  sorted: readonly R[],
  trigger: 'item' | 'axis',
): Case => ({
  option,
  hovers: sorted.map((_, i) => (trigger === 'axis' ? [{ dataIndex: i }] : { dataIndex: i })),
  heads: sorted.map((r) => `${r.code} ${r.name}`),
  labelParams: (i) => ({ dataIndex: i }),
});

const assets = assetBars(ds.narrative.fixedAssets?.rows ?? []);

/** One entry per builder module; the cases built from the hostile dataset. */
const BUILDERS: Record<string, Case[]> = {
  'about/build-fixed-assets-option.ts': [false, true].map((narrow) => ({
    option: buildFixedAssetsOption(assets, narrow),
    hovers: assets.map((_, i) => ({ dataIndex: i })),
    heads: assetChartOrder(assets).map((b) => b.item),
    labelParams: (i: number) => ({ dataIndex: i }),
  })),
  'overview/build-class-bar-option.ts': [
    barCase(buildClassBarOption(overview), overviewSorted, 'item'),
    barCase(buildClassBarOption(overview, true), overviewSorted, 'item'),
  ],
  'function/build-treemap-option.ts': [treemapCase(fnTop), treemapCase(fn206)],
  'basic-project/build-parts-bar-option.ts': [
    barCase(buildPartsBarOption(partsTop.rows), chartOrder(partsTop.rows), 'axis'),
    barCase(buildPartsBarOption(parts.rows, true), chartOrder(parts.rows), 'axis'),
  ],
  'personnel-public/build-economic-bar-option.ts': [
    barCase(buildEconomicBarOption(econ.rows, '基本支出'), economicChartOrder(econ.rows), 'axis'),
    barCase(
      buildEconomicBarOption(econ301.rows, econ301.current!.name, true),
      economicChartOrder(econ301.rows),
      'axis',
    ),
  ],
  'change/build-waterfall-option.ts': [
    {
      option: buildWaterfallOption(change.steps),
      hovers: change.steps.map((_, i) => [{ dataIndex: i }]),
      heads: change.steps.map((s) => s.label),
      labelParams: (i) => ({ dataIndex: i }),
    },
    // Step labels are fixed words today; were they ever data, they would stay text.
    ((steps: WaterfallStep[]) => ({
      option: buildWaterfallOption(steps),
      hovers: steps.map((_, i) => [{ dataIndex: i }]),
      heads: steps.map((s) => s.label),
      labelParams: (i: number) => ({ dataIndex: i }),
    }))(change.steps.map((s) => ({ ...s, label: `${s.label}${IMG}${RICH_MARKUP}` }))),
  ],
  'performance/build-spending-plan-option.ts': [
    ...[false, true].map((narrow) => {
      const plan = deriveSpendingPlan(project);
      return {
        option: buildSpendingPlanOption(plan, narrow),
        hovers: plan.points.map((_, i) => [{ dataIndex: i }]),
        heads: [],
        labelParams: (i: number) => ({ dataIndex: i }),
      };
    }),
  ],
};

describe('every chart option builder keeps dataset text as text', () => {
  it('covers every src/features/*/build-*-option.ts', () => {
    // Paths from the repository root (vitest's cwd): jsdom's import.meta.url is not a file URL.
    const files = readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(`src/features/${d.name}`)
          .filter((f) => /^build-.*-option\.ts$/.test(f))
          .map((f) => `${d.name}/${f}`),
      );
    expect(files.sort()).toEqual(Object.keys(BUILDERS).sort());
  });

  it('the fixture reaches the charts: names hold HTML, markup and the long word', () => {
    expect(overview.every((r) => r.name.includes(IMG))).toBe(true);
    expect(fn206.level.blocks.find((b) => b.code === '20699')!.name).toContain(LONG_WORD);
    expect(econ.rows.every((r) => r.name.includes(IMG))).toBe(true);
  });

  for (const [file, cases] of Object.entries(BUILDERS)) {
    it(`${file}: tooltips are DOM text, formatters are functions, rich labels well formed`, () => {
      for (const [n, c] of cases.entries()) {
        const found = formatters(c.option);
        expect(found.length, `${file}#${n} has formatters`).toBeGreaterThan(0);
        for (const f of found) expect(typeof f.formatter, `${file}#${n} ${f.path}`).toBe('function');

        const tooltip = (c.option as { tooltip: { formatter: Formatter; renderMode: string } }).tooltip;
        expect(tooltip.renderMode).toBe('html');
        c.hovers.forEach((params, i) => {
          const lines = tooltipLines(tooltip.formatter(params), `${file}#${n} tooltip ${i}`);
          if (c.heads[i] !== undefined) expect(lines[0]).toBe(c.heads[i]);
          expect(lines.length).toBeGreaterThan(0);
        });

        for (const f of found.filter((x) => !x.path.startsWith('.tooltip'))) {
          const fn = f.formatter as Formatter;
          const match = /\.data\[(\d+)\]/.exec(f.path);
          if (f.path.includes('Axis')) {
            const cats = ((c.option as Record<string, { data?: string[] }>)[f.path.split('.')[1]!]?.data ??
              []) as string[];
            (cats.length ? cats : [0, 25, 100]).forEach((v, i) =>
              expectWellFormedLabel(fn(v, i) as string, f.rich, `${file}#${n} ${f.path}(${i})`),
            );
          } else {
            const count = match ? 1 : c.hovers.length;
            for (let i = 0; i < count; i++)
              expectWellFormedLabel(
                fn(c.labelParams(match ? Number(match[1]) : i)) as string,
                f.rich,
                `${file}#${n} ${f.path}`,
              );
          }
        }
      }
    });
  }

  it('treemap labels keep the name visible with its markup neutralised', () => {
    const o = buildTreemapOption({ level: fnTop.level, summary: fnTop.summary }) as {
      series: { label: { formatter: Formatter } }[];
    };
    const withMarkup = fnTop.level.blocks.find((b) => b.name.includes(RICH_MARKUP))!;
    const label = o.series[0]!.label.formatter({ data: { code: withMarkup.code } }) as string;
    expect(label).toContain('｛b｝｛c｝｜｛name｜x｝｝');
    expect(label.split('\n')[0]).toMatch(/^\{name\|[^{}|]*\}$/);
  });

  it('tooltip text is the name, character for character (textContent, never parsed)', () => {
    const hostile = `${IMG}<script>alert(1)</script>\u202E${RICH_MARKUP}𠀀𪚥💰`;
    const node = tooltipNode([{ text: hostile, color: '#1f5fa8', strong: true }, { text: '合计' }]);
    expect(node.children[0]!.textContent).toBe(hostile);
    expect(node.querySelectorAll('img, script')).toHaveLength(0);
    const marker = node.querySelector<HTMLElement>('.chart-tooltip__marker')!;
    expect(marker.style.backgroundColor).toBe('rgb(31, 95, 168)');
    expect(marker.getAttribute('style')).not.toBeNull();
  });
});
