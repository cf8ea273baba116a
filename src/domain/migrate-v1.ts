/**
 * Migration of a dataset file from format version 1 (nine fixed table shapes keyed by role,
 * every amount in 万元) to version 2 (PrintedTable[] with standard ids and column roles,
 * units beside every amount, narrative sections with the figures read from them).
 * Pure: JSON in, JSON out; nothing is rounded or converted (v1 amounts are 万元 and stay so).
 */
import { readNarrativeFigures, type NarrativeFigure } from './narrative-figures';
import type { ColumnRole } from './standard-tables';
import type { PrintedTableInput, TableColumn } from './printed-table';
import { DATASET_SCHEMA_VERSION, type DatasetJson } from './schema';
import type { DatasetV1Json } from './schema-v1';
import type { TableKey } from './source';
import { THREE_PUBLIC_SECTION } from './three-public-expenses';
import { V1_TABLE_IDS } from './v1-table-ids';
import { YOY_SECTION } from './year-on-year';

type V1Tables = DatasetV1Json['tables'];
type V1Column = V1Tables['expenditure']['columns'][number];
type V1Row = Record<string, unknown> & { seq: number };

/** The standard table of each v1 table key (its own module, re-exported here). */
export { V1_TABLE_IDS };

/**
 * Pages of the nine tables in the v1 template, as its 目录 prints them (收支总表 1, 收入总表 3,
 * 支出总表 5, 财政拨款收支总表 7, 一般公共预算支出表 9, 基本支出表 11, 政府性基金 13,
 * 国有资本经营 14, "三公" 15). A v1 file records no pages; every v1 file was read from this
 * template, so these are its pages.
 */
export const V1_TEMPLATE_PAGES: Record<TableKey, number[]> = {
  budgetSummary: [1, 2],
  revenue: [3, 4],
  expenditure: [5, 6],
  fiscalAppropriationSummary: [7, 8],
  generalBudgetExpenditure: [9, 10],
  basicExpenditure: [11, 12],
  governmentFundExpenditure: [13],
  stateCapitalExpenditure: [14],
  threePublicExpenses: [15],
};

/** v1 cell key → column role (v1 keys that are not roles themselves). */
const ROLE_OF_KEY: Record<string, ColumnRole> = {
  functionCode: 'code',
  economicCode: 'code',
  currentYearSubtotal: 'currentYearRevenue',
  carryForward: 'carryForwardStart',
};

/** The v1 keys that are the row's code and name (not cells in v2). */
const CODE_KEYS = new Set(['functionCode', 'economicCode']);
const NAME_KEYS = new Set(['name', 'item']);
const TEXT_KEYS = new Set(['revenueItem', 'expenditureItem']);

function migrateColumn(c: V1Column): TableColumn {
  const kind: TableColumn['kind'] = CODE_KEYS.has(c.key)
    ? 'code'
    : NAME_KEYS.has(c.key)
      ? 'name'
      : TEXT_KEYS.has(c.key)
        ? 'text'
        : 'amount';
  return {
    key: c.key,
    label: c.label,
    path: c.group ? [c.group] : [],
    ...(c.columnNo !== undefined ? { columnNo: c.columnNo } : {}),
    kind,
    role: ROLE_OF_KEY[c.key] ?? (c.key as ColumnRole),
  };
}

const TOTAL_NAME = /^(合计|总计)$/;

function migrateRow(row: V1Row, tableKey: TableKey): PrintedTableInput['rows'][number] {
  const code = (row.functionCode ?? row.economicCode) as string | undefined;
  const name = (row.name ?? row.item) as string | undefined;
  const cells: Record<string, string> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'seq' || k === 'level' || CODE_KEYS.has(k) || NAME_KEYS.has(k)) continue;
    if (typeof v === 'string') cells[k] = v;
  }
  const compactName = (name ?? '').replace(/\s/g, '');
  const kind =
    tableKey === 'threePublicExpenses'
      ? compactName === '合计'
        ? 'total'
        : /小计$/.test(compactName)
          ? 'subtotal'
          : 'data'
      : !code && TOTAL_NAME.test(compactName)
        ? 'total'
        : 'data';
  return {
    seq: row.seq,
    ...(code ? { code } : {}),
    ...(name !== undefined ? { name } : {}),
    kind,
    ...(typeof row.level === 'number' ? { level: row.level } : {}),
    cells,
  };
}

/** Code layout of a v1 table: codes in one column ("2080501") or none (item tables). */
function codeLayout(columns: readonly V1Column[]): PrintedTableInput['codeLayout'] {
  return columns.some((c) => CODE_KEYS.has(c.key)) ? 'whole' : 'none';
}

type SectionFigureJson = DatasetJson['narrative']['sections'][number]['figures'][number];

/**
 * A figure read from a text (readNarrativeFigures) in the dataset's shape.
 * @param shift added to its offset, when the text is one paragraph of a longer section text
 */
export function toSectionFigure(f: NarrativeFigure, shift = 0): SectionFigureJson {
  return {
    text: f.printed,
    ...(f.label ? { label: f.label } : {}),
    kind: f.kind,
    amount: f.value,
    unit: f.unit,
    ...(f.share !== undefined ? { share: f.share } : {}),
    ...(f.percentChange !== undefined ? { percentChange: f.percentChange } : {}),
    offset: shift + f.offset,
  };
}

/** Every figure of a text in the dataset's shape (readNarrativeFigures), with its offset. */
export function figuresInText(text: string): SectionFigureJson[] {
  return readNarrativeFigures(text).map((f) => toSectionFigure(f));
}

/**
 * Migrates a v1 dataset (JSON, as validated by `datasetV1Schema`) to v2 JSON.
 *
 * Tables become PrintedTables (standard ids budget-*, unit 万元, v1 keys kept as column keys,
 * column roles from the keys, 合计 rows `kind: 'total'`, table notes as `notes`, pages from
 * the template's 目录); every narrative block and project gets `unit: "万元"`; the narrative
 * texts of v1's blocks become `sections` with the figures they print.
 *
 * @param v1 a v1 dataset as JSON (amounts strings, 万元)
 * @returns the same dataset in format v2 (validate it with `datasetSchema`)
 */
export function migrateDatasetV1(v1: DatasetV1Json): DatasetJson {
  const tables = (Object.keys(V1_TABLE_IDS) as TableKey[]).map((key): PrintedTableInput => {
    const t = v1.tables[key];
    return {
      standardId: V1_TABLE_IDS[key],
      title: t.title,
      unit: '万元',
      codeLayout: codeLayout(t.columns),
      columns: t.columns.map(migrateColumn),
      rows: (t.rows as V1Row[]).map((r) => migrateRow(r, key)),
      notes: t.note ? [t.note] : [],
      pages: V1_TEMPLATE_PAGES[key],
    };
  });
  const n = v1.narrative;
  const section = (title: string, body: string | undefined) =>
    body ? [{ title, text: body, unit: '万元' as const, figures: figuresInText(body) }] : [];
  const sections = [
    ...section('二、部门预算安排的总体情况', n.overallSituation),
    ...section('二、部门预算安排的总体情况 · 1、收入说明', n.revenueExplanation.text),
    ...section('二、部门预算安排的总体情况 · 2、支出说明', n.expenditureExplanation.text),
    ...section(YOY_SECTION, n.yearOnYear.text),
    ...section('三、机关运行经费安排情况', n.institutionalOperatingExpenses.text),
    ...section(THREE_PUBLIC_SECTION, n.threePublicExpenses.text),
    ...section('九、国有资产占用情况', n.fixedAssets.text),
  ];
  const meta = v1.meta;
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    meta: {
      kind: meta.kind,
      year: meta.year,
      department: meta.department,
      title: meta.title,
      source: meta.source,
    },
    tables,
    narrative: {
      sections,
      ...(n.preamble !== undefined ? { preamble: n.preamble } : {}),
      duties: n.duties,
      units: n.units,
      ...(n.overallSituation !== undefined ? { overallSituation: n.overallSituation } : {}),
      revenueExplanation: { ...n.revenueExplanation, unit: '万元' },
      expenditureExplanation: { ...n.expenditureExplanation, unit: '万元' },
      yearOnYear: { ...n.yearOnYear, unit: '万元' },
      institutionalOperatingExpenses: { ...n.institutionalOperatingExpenses, unit: '万元' },
      threePublicExpenses: { ...n.threePublicExpenses, unit: '万元' },
      performance: n.performance,
      ...(n.specialFunds !== undefined ? { specialFunds: n.specialFunds } : {}),
      procurement: n.procurement,
      fixedAssets: { ...n.fixedAssets, unit: '万元' },
      glossary: n.glossary,
      ...(n.otherMatters !== undefined ? { otherMatters: n.otherMatters } : {}),
    },
    projects: v1.projects.map((p) => ({ ...p, unit: '万元' as const })),
  };
}
