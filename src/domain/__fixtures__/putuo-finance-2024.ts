/**
 * Test fixture: part of 上海市普陀区财政局 2024 年度部门决算 (corpus 02, 万元) as dataset v2:
 * 收入支出决算总表 (pages 6–7), 财政拨款收入支出决算总表 (page 12) and the classes of the
 * 一般公共预算财政拨款支出决算表 (page 15), figures as printed; and three narrative
 * paragraphs (pages 21) with the figures the importer reads from them, labels included.
 * The disclosure's two real errors are in it: 财政拨款收入支出总计 "0.3万元" (the table says
 * 2961.68) and 一般公共服务支出（类） "占71.73%" (2106.66 / 2940.05 = 71.65%).
 */
import { buildBudgetModel, type BudgetModel } from '../budget-model';
import { datasetSchema, type Dataset, type DatasetJson } from '../schema';

const summaryColumns = [
  { key: 'ri', label: '项目', path: ['收入'], kind: 'text', role: 'revenueItem' },
  { key: 'ra', label: '决算数', path: ['收入'], kind: 'amount', role: 'revenueAmount', measure: 'final' },
  { key: 'ei', label: '项目', path: ['支出'], kind: 'text', role: 'expenditureItem' },
  { key: 'ea', label: '决算数', path: ['支出'], kind: 'amount', role: 'expenditureAmount', measure: 'final' },
] as const;

function pair(
  ri: string | undefined,
  ra: string | undefined,
  ei: string | undefined,
  ea: string | undefined,
  page: number,
) {
  const cells: Record<string, string> = {};
  if (ri) cells.ri = ri;
  if (ra) cells.ra = ra;
  if (ei) cells.ei = ei;
  if (ea) cells.ea = ea;
  return { kind: 'data' as const, cells, source: { page } };
}

/** Paragraphs as printed (line breaks of the PDF joined). */
const PARAGRAPHS = {
  revenue: {
    title: '二、收入决算情况说明',
    text: '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；',
    figures: [
      ['本年收入合计', '2946.25'],
      ['财政拨款收入', '2940.05', '99.79'],
      ['其他收入', '6.2', '0.21'],
    ],
  },
  fiscal: {
    title: '四、财政拨款收入支出决算总体情况说明',
    text: '上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。',
    figures: [['上海市普陀区财政局2024年度财政拨款收入支出总计', '0.3']],
  },
  structure: {
    title: '五、一般公共预算财政拨款支出决算情况说明 · （二）一般公共预算财政拨款支出决算结构情况',
    text: '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；',
    figures: [
      ['一般公共预算财政拨款支出', '2940.05'],
      ['一般公共服务支出（类）', '2106.66', '71.73'],
      ['社会保障和就业支出（类）', '326.72', '11.11'],
      ['卫生健康支出（类）', '60.99', '2.07'],
      ['住房保障支出（类）', '445.69', '15.16'],
    ],
  },
} as const;

/** The raw JSON (figures without labels: the labels are added after parsing, see below). */
export function rawPutuoFinance2024(): DatasetJson {
  const general = (code: string | undefined, name: string, total: string) => ({
    ...(code ? { code } : {}),
    name,
    kind: code ? ('data' as const) : ('total' as const),
    cells: { total },
    source: { page: 15 },
  });
  return {
    schemaVersion: 2,
    meta: {
      kind: '决算',
      year: 2024,
      department: { name: '上海市普陀区财政局' },
      title: '上海市普陀区财政局2024年度部门决算',
      source: { description: '上海市普陀区财政局 2024 年度部门决算（节选）' },
    },
    tables: [
      {
        standardId: 'final-summary',
        title: '收入支出决算总表',
        unit: '万元',
        codeLayout: 'none',
        columns: [...summaryColumns],
        rows: [
          pair('一、一般公共预算财政拨款收入', '2940.05', '一、一般公共服务支出', '2106.66', 6),
          pair('八、其他收入', '6.20', '八、社会保障和就业支出', '326.71', 6),
          pair(undefined, undefined, '九、卫生健康支出', '60.99', 6),
          pair(undefined, undefined, '十九、住房保障支出', '445.69', 6),
          pair('本年收入合计', '2946.25', '本年支出合计', '2940.05', 6),
          pair('使用非财政拨款结余（含专用结余）', undefined, '结余分配', undefined, 7),
          pair('年初结转和结余', '49.14', '年末结转和结余', '55.34', 7),
          pair('总计', '2995.39', '总计', '2995.39', 7),
        ],
        notes: [],
        pages: [6, 7],
      },
      {
        standardId: 'final-fiscal-summary',
        title: '财政拨款收入支出决算总表',
        unit: '万元',
        codeLayout: 'none',
        columns: [
          { key: 'ri', label: '项目', path: ['收入'], kind: 'text', role: 'revenueItem' },
          { key: 'ra', label: '决算数', path: ['收入'], kind: 'amount', role: 'revenueAmount' },
          { key: 'ei', label: '项目', path: ['支出'], kind: 'text', role: 'expenditureItem' },
          { key: 'et', label: '合计', path: ['支出'], kind: 'amount', role: 'total' },
          { key: 'eg', label: '一般公共预算财政拨款', path: ['支出'], kind: 'amount', role: 'generalBudget' },
        ],
        rows: [
          {
            kind: 'data',
            cells: { ri: '本年收入合计', ra: '2940.05', ei: '本年支出合计', et: '2940.05', eg: '2940.05' },
          },
          {
            kind: 'data',
            cells: {
              ri: '年初财政拨款结转和结余',
              ra: '21.63',
              ei: '年末财政拨款结转和结余',
              et: '21.63',
              eg: '21.63',
            },
          },
          { kind: 'data', cells: { ri: '总计', ra: '2961.68', ei: '总计', et: '2961.68', eg: '2961.68' } },
        ],
        notes: [],
        pages: [12],
      },
      {
        standardId: 'final-general-expenditure',
        title: '一般公共预算财政拨款支出决算表',
        unit: '万元',
        codeLayout: 'columns',
        columns: [
          { key: 'name', label: '科目名称', path: [], kind: 'name', role: 'name' },
          {
            key: 'total',
            label: '合计',
            path: ['本年支出'],
            kind: 'amount',
            role: 'total',
            measure: 'final',
          },
        ],
        rows: [
          general(undefined, '合计', '2940.05'),
          general('201', '一般公共服务支出', '2106.66'),
          general('208', '社会保障和就业支出', '326.72'),
          general('210', '卫生健康支出', '60.99'),
          general('221', '住房保障支出', '445.69'),
        ],
        notes: [],
        pages: [15],
      },
    ],
    narrative: {
      sections: Object.values(PARAGRAPHS).map((p) => ({
        title: p.title,
        text: p.text,
        unit: '万元',
        page: 21,
        figures: [],
      })),
      preamble: '',
      overallSituation: '',
      specialFunds: '',
      otherMatters: '',
    },
    projects: [],
  } as unknown as DatasetJson;
}

/**
 * The parsed dataset, with each section's figures as the importer reads them (label, kind,
 * share): added after parsing, so the fixture works whether or not the schema in this
 * branch knows these fields yet.
 */
export function putuoFinance2024(mutate?: (raw: DatasetJson) => void): Dataset {
  const raw = rawPutuoFinance2024();
  mutate?.(raw);
  const dataset = datasetSchema.parse(raw);
  dataset.narrative.sections.forEach((section, i) => {
    const p = Object.values(PARAGRAPHS)[i]!;
    const text = section.text;
    let from = 0;
    section.figures = p.figures.map(([label, amount, share]) => {
      const printed = `${amount}万元`;
      const offset = text.indexOf(printed, from);
      from = offset + printed.length;
      return {
        text: printed,
        amount,
        unit: '万元',
        offset,
        label,
        kind: 'amount',
        ...(share ? { share } : {}),
      };
    }) as unknown as typeof section.figures;
  });
  return dataset;
}

/** The budget model and the printed tables of the fixture. */
export function putuoModel(mutate?: (raw: DatasetJson) => void): { model: BudgetModel; dataset: Dataset } {
  const dataset = putuoFinance2024(mutate);
  return { model: buildBudgetModel(dataset), dataset };
}
