/**
 * The nine standard tables of 部门预算公开表, found by title and mapped column by column from
 * their printed header labels to the keys of `tablesSchema` (src/domain/schema.ts).
 */
import type { DatasetV1Json as DatasetJson } from '../domain/schema-v1';
import { exactTitle, locateSections, type Section, type SectionSpec } from './sections';
import { parseGrid, type GridColumn } from './table-grid';
import {
  amountCell,
  compact,
  commaNumbered,
  DisclosureParseError,
  labelKey,
  squeezeCjk,
  type Line,
} from './text';

type Tables = DatasetJson['tables'];
export type TableKey = keyof Tables;

/** How a cell is read: printed text, an amount (万元), or a classification code. */
type CellKind = 'text' | 'amount' | 'functionCode' | 'economicCode';

interface TableSpec {
  readonly title: string;
  /** Printed label (or "group/label" where the label alone is ambiguous) → row key. */
  readonly keys: Readonly<Record<string, string>>;
  /** Keys that must be present on every row. */
  readonly requiredKeys: readonly string[];
}

const FUNCTION_KEYS = { 科目编码: 'functionCode', 科目名称: 'name' } as const;
const APPROPRIATION_KEYS = {
  ...FUNCTION_KEYS,
  合计: 'total',
  基本支出: 'basicExpenditure',
  项目支出: 'projectExpenditure',
};

/** Titles and header-label maps of the nine tables, in template order. */
export const TABLE_SPECS: Readonly<Record<TableKey, TableSpec>> = {
  budgetSummary: {
    title: '部门预算收支总表',
    keys: {
      '收入/项目': 'revenueItem',
      '收入/预算数': 'revenueAmount',
      '支出/项目': 'expenditureItem',
      '支出/预算数': 'expenditureAmount',
    },
    requiredKeys: [],
  },
  revenue: {
    title: '部门预算收入总表',
    keys: {
      ...FUNCTION_KEYS,
      合计: 'total',
      小计: 'currentYearSubtotal',
      财政拨款收入: 'fiscalAppropriation',
      财政专户收入: 'fiscalSpecialAccount',
      财政专户管理资金收入: 'fiscalSpecialAccount',
      事业收入: 'businessIncome',
      经营收入: 'operatingIncome',
      事业单位经营收入: 'operatingIncome',
      上级补助收入: 'superiorSubsidy',
      附属单位上缴收入: 'subsidiaryRemittance',
      其他收入: 'otherIncome',
      上年结转: 'carryForward',
      上年结转结余: 'carryForward',
    },
    requiredKeys: ['name'],
  },
  expenditure: {
    title: '部门预算支出总表',
    keys: {
      ...APPROPRIATION_KEYS,
      经营支出: 'operatingExpenditure',
      上解上级支出: 'remittanceToSuperior',
      对附属单位补助支出: 'grantsToSubsidiaries',
    },
    requiredKeys: ['name'],
  },
  fiscalAppropriationSummary: {
    title: '部门预算财政拨款收支总表',
    keys: {
      '收入/项目': 'revenueItem',
      '收入/金额': 'revenueAmount',
      '收入/预算数': 'revenueAmount',
      '支出/项目': 'expenditureItem',
      '支出/合计': 'total',
      一般公共预算财政拨款: 'generalBudget',
      政府性基金预算财政拨款: 'governmentFund',
      国有资本经营预算财政拨款: 'stateCapital',
    },
    requiredKeys: [],
  },
  generalBudgetExpenditure: {
    title: '部门预算一般公共预算财政拨款支出表',
    keys: APPROPRIATION_KEYS,
    requiredKeys: ['name'],
  },
  basicExpenditure: {
    title: '部门预算一般公共预算财政拨款基本支出表',
    keys: {
      科目编码: 'economicCode',
      科目名称: 'name',
      合计: 'total',
      人员经费: 'personnelExpense',
      公用经费: 'publicExpense',
    },
    requiredKeys: ['name'],
  },
  governmentFundExpenditure: {
    title: '部门预算政府性基金预算财政拨款支出表',
    keys: APPROPRIATION_KEYS,
    requiredKeys: ['name'],
  },
  stateCapitalExpenditure: {
    title: '部门预算国有资本经营预算财政拨款支出表',
    keys: APPROPRIATION_KEYS,
    requiredKeys: ['name'],
  },
  threePublicExpenses: {
    title: '部门预算财政拨款“三公”经费支出表',
    keys: {
      项目: 'item',
      合计: 'total',
      一般公共预算财政拨款: 'generalBudget',
      政府性基金预算拨款: 'governmentFund',
      政府性基金预算财政拨款: 'governmentFund',
      国有资本经营预算财政拨款: 'stateCapital',
    },
    requiredKeys: ['item'],
  },
};

const TEXT_KEYS = new Set(['revenueItem', 'expenditureItem', 'name', 'item']);

function kindOf(key: string): CellKind {
  if (key === 'functionCode') return 'functionCode';
  if (key === 'economicCode') return 'economicCode';
  return TEXT_KEYS.has(key) ? 'text' : 'amount';
}

function keyFor(spec: TableSpec, col: GridColumn): string | undefined {
  const label = labelKey(col.label);
  const group = col.group ? labelKey(col.group) : undefined;
  const byLabel = new Map(Object.entries(spec.keys).map(([k, v]) => [labelKey(k), v]));
  return (group ? byLabel.get(`${group}/${label}`) : undefined) ?? byLabel.get(label);
}

/**
 * "三公" table row level: 0 for 合计 / "三公"经费小计, 1 for "一、…" … "五、…", 2 for "其中：…"
 * and the sub-items printed under it (其他因公出国（境）费, 公务用车运行维护费, 其他会议费).
 */
export function threePublicLevel(item: string): 0 | 1 | 2 {
  if (/合计|小计/.test(item)) return 0;
  if (commaNumbered(item)) return 1;
  return 2;
}

/**
 * Parses one standard table section into `{ title, columns, rows, note? }` of the schema.
 * Blank cells are left out of the row; every printed 序号 row is kept in order.
 *
 * @throws DisclosureParseError when the header has no column this table needs, a code is not
 *   3/5/7 (经济分类 3/5) digits, an amount is not a decimal, or a required name is blank.
 */
export function parseStandardTable(key: TableKey, section: Section, warnings: string[]): Tables[TableKey] {
  const spec = TABLE_SPECS[key];
  const grid = parseGrid(section);
  if (grid.columns.length === 0) {
    throw new DisclosureParseError('找不到表头（"序号"行）', spec.title, section.titleLine);
  }
  const mapped: { col: GridColumn; key: string }[] = [];
  for (const col of grid.columns) {
    const k = keyFor(spec, col);
    if (k === undefined) {
      warnings.push(
        `「${spec.title}」第 ${grid.headerLine} 行：表头「${col.group ? `${col.group}/` : ''}${col.label}」无法对应到数据字段，该列已略去`,
      );
      continue;
    }
    if (mapped.some((m) => m.key === k)) {
      throw new DisclosureParseError(
        `表头中有两列都对应字段 ${k}（「${col.label}」）`,
        spec.title,
        grid.headerLine,
      );
    }
    mapped.push({ col, key: k });
  }
  for (const req of spec.requiredKeys) {
    if (!mapped.some((m) => m.key === req)) {
      throw new DisclosureParseError(`表头中缺少必需的列（字段 ${req}）`, spec.title, grid.headerLine);
    }
  }
  for (const stray of grid.strayLines) {
    warnings.push(`「${spec.title}」第 ${stray.no} 行：无法识别的行已忽略：「${stray.text.trim()}」`);
  }

  let previousSeq = 0;
  const rows = grid.rows.map((row) => {
    if (row.seq !== previousSeq + 1) {
      warnings.push(`「${spec.title}」第 ${row.line} 行：序号 ${row.seq} 不连续（上一行为 ${previousSeq}）`);
    }
    previousSeq = row.seq;
    const out: Record<string, unknown> = { seq: row.seq };
    for (const { col, key: k } of mapped) {
      const raw = row.cells[col.index] ?? '';
      out[k] = readCell(kindOf(k), raw, spec.title, row.line);
      if (k === 'item' && key === 'threePublicExpenses' && out[k] !== undefined) {
        out.level = threePublicLevel(String(out[k]));
      }
    }
    for (const req of spec.requiredKeys) {
      if (out[req] === undefined) {
        throw new DisclosureParseError(`序号 ${row.seq} 的名称为空`, spec.title, row.line);
      }
    }
    return compact(out);
  });

  const columns = mapped.map(({ col, key: k }) =>
    compact({ key: k, label: col.label, group: col.group, columnNo: col.columnNo }),
  );
  const note = grid.notes.length ? grid.notes.join('\n') : undefined;
  return compact({ title: spec.title, columns, rows, note }) as unknown as Tables[TableKey];
}

function readCell(kind: CellKind, raw: string, title: string, line: number): string | undefined {
  switch (kind) {
    case 'amount':
      return amountCell(raw, title, line);
    case 'functionCode':
      if (raw === '') return undefined;
      if (!/^\d{3}(\d{2}(\d{2})?)?$/.test(raw)) {
        throw new DisclosureParseError(`功能分类科目编码「${raw}」应为 3、5 或 7 位数字`, title, line);
      }
      return raw;
    case 'economicCode':
      if (raw === '') return undefined;
      if (!/^\d{3}(\d{2})?$/.test(raw)) {
        throw new DisclosureParseError(`经济分类科目编码「${raw}」应为 3 或 5 位数字`, title, line);
      }
      return raw;
    case 'text':
      return raw === '' ? undefined : squeezeCjkIfSpaced(raw);
  }
}

/** Row texts are kept as printed; only a letter-spaced label like "项 目" is closed up. */
function squeezeCjkIfSpaced(s: string): string {
  return /^(\S\s)+\S$/.test(s) ? squeezeCjk(s) : s;
}

/**
 * Finds and parses all nine standard tables in `lines` (the part before the narrative).
 *
 * @throws DisclosureParseError (Chinese, with the line range searched) when a table title is
 *   missing, or any error of `parseStandardTable`.
 */
export function parseStandardTables(lines: readonly Line[], warnings: string[]): Tables {
  const specs: SectionSpec<TableKey>[] = (Object.keys(TABLE_SPECS) as TableKey[]).map((key) => ({
    key,
    title: TABLE_SPECS[key].title,
    required: true,
    match: exactTitle(TABLE_SPECS[key].title),
  }));
  const sections = locateSections(lines, specs, '部门预算公开表部分');
  const out: Partial<Record<TableKey, unknown>> = {};
  for (const key of Object.keys(TABLE_SPECS) as TableKey[]) {
    out[key] = parseStandardTable(key, sections.get(key)!, warnings);
  }
  crossCheckNames(out as Tables, warnings);
  return out as Tables;
}

/**
 * Warns where one 功能分类科目 code is printed with different names in different tables
 * (e.g. 215 资源勘探工业信息支出 vs 资源勘探工业信息等支出). The names stay as printed.
 */
export function crossCheckNames(tables: Tables, warnings: string[]): void {
  const byCode = new Map<string, { name: string; table: string }>();
  const functionTables = [
    tables.expenditure,
    tables.revenue,
    tables.generalBudgetExpenditure,
    tables.governmentFundExpenditure,
    tables.stateCapitalExpenditure,
  ];
  for (const t of functionTables) {
    for (const row of t.rows) {
      if (!row.functionCode) continue;
      const seen = byCode.get(row.functionCode);
      if (!seen) byCode.set(row.functionCode, { name: row.name, table: t.title });
      else if (seen.name !== row.name) {
        warnings.push(
          `科目 ${row.functionCode} 名称不一致：「${seen.table}」为「${seen.name}」，「${t.title}」为「${row.name}」（均按原文保留）`,
        );
      }
    }
  }
}
