/**
 * The importer: one disclosure (its PDF's positioned pages, or a text extraction) → a
 * dataset in format v2 plus a report of what was found. Pure TypeScript (no Node API), so
 * the CLI and a browser worker run the same code.
 *
 * Two readers stand behind it:
 * - the general reader (read-disclosure.ts) for any template: tables by title and header,
 *   meta from the cover and the body (disclosure-meta.ts), the narrative split into its
 *   sections with the figures they state (narrative-sections.ts);
 * - for the Hebei 部门预算信息公开 text template (tab-separated tables, 情况说明 with
 *   numbered sections and 绩效目标表), the detailed template parser (parse-disclosure.ts)
 *   also reads the structured narrative and the projects with their performance tables; its
 *   result is migrated to v2. It is used when it reads the input without error.
 *
 * It reads what it can: a missing table or section is a warning, never the end of the import.
 * Only a document it cannot identify (no kind, year or department) or that yields no table
 * gives no dataset, with the reasons in `report.errors`.
 */
import { migrateDatasetV1, toSectionFigure } from '../domain/migrate-v1';
import type { PrintedTable } from '../domain/printed-table';
import { datasetSchema, DATASET_SCHEMA_VERSION, type DatasetJson } from '../domain/schema';
import { datasetV1Schema } from '../domain/schema-v1';
import { STANDARD_TABLES, type DisclosureKind, type StandardTableId } from '../domain/standard-tables';
import { checkTableIdentities } from '../domain/table-identities';
import { detectDisclosureMeta } from './disclosure-meta';
import { splitNarrativeSections, type NarrativeSection } from './narrative-sections';
import { parseDisclosure } from './parse-disclosure';
import { OPTIONAL_TABLES, readDisclosure, type ImportWarning } from './read-disclosure';
import type { PositionedPage } from './tables/layout';

/** What to import. */
export interface ImportInput {
  /** The PDF's positioned pages (readPdfItems / readPdfFile) or the text of an extraction. */
  source: readonly PositionedPage[] | string;
  /** File name of the source, recorded in `meta.source.file`. */
  file: string;
  /** SHA-256 of the source file (lower-case hex), recorded in `meta.source.sha256`. */
  sha256?: string;
}

/** One standard table in the report: found or not, its size and its identities. */
export interface TableReport {
  standardId: StandardTableId;
  /** The national template's name of the table. */
  name: string;
  found: boolean;
  /** A table not every template prints on its own (机关运行经费, 政府采购): absence is no fault. */
  optional: boolean;
  /** As printed, when found. */
  title?: string;
  unit?: PrintedTable['unit'];
  pages?: number[];
  rows: number;
  /** Printed amount cells. */
  cells: number;
  identities: { pass: number; rounding: number; fail: number };
  /** Descriptions of the failing identities, with both figures. */
  failures: string[];
}

/** What the importer found, for the CLI and the import screen. */
export interface ImportReport {
  file: string;
  /** Which reader produced the dataset. */
  reader: 'general' | 'hebei-budget-text';
  kind?: DisclosureKind;
  year?: number;
  department?: string;
  pages: number;
  /** Every standard table of the disclosure's kind, found or not (printed order, then the rest). */
  tables: TableReport[];
  /** Tables found whose title names no standard table. */
  unrecognised: { title: string; page: number }[];
  /** Narrative sections found, with the number of figures read from them. */
  sections: { title: string; page: number; figures: number }[];
  warnings: ImportWarning[];
  /** Why no dataset was written (empty when `dataset` is present). */
  errors: string[];
}

/** The result: a dataset (valid against datasetSchema) when the import could produce one. */
export interface ImportResult {
  dataset?: DatasetJson;
  report: ImportReport;
}

function tableReports(kind: DisclosureKind, tables: readonly PrintedTable[]): TableReport[] {
  const order = [
    ...new Set([
      ...tables.flatMap((t) => (t.standardId ? [t.standardId] : [])),
      ...STANDARD_TABLES.filter((s) => s.kind === kind).map((s) => s.id),
    ]),
  ];
  return order.map((id) => {
    const spec = STANDARD_TABLES.find((s) => s.id === id)!;
    const table = tables.find((t) => t.standardId === id);
    if (!table)
      return {
        standardId: id,
        name: spec.name,
        found: false,
        optional: OPTIONAL_TABLES.has(id),
        rows: 0,
        cells: 0,
        identities: { pass: 0, rounding: 0, fail: 0 },
        failures: [],
      };
    const amountKeys = new Set(table.columns.filter((c) => c.kind === 'amount').map((c) => c.key));
    const identities = checkTableIdentities(table);
    const count = (s: string) => identities.filter((i) => i.status === s).length;
    return {
      standardId: id,
      name: spec.name,
      found: true,
      optional: OPTIONAL_TABLES.has(id),
      title: table.title,
      unit: table.unit,
      pages: table.pages,
      rows: table.rows.length,
      cells: table.rows.reduce((n, r) => n + Object.keys(r.cells).filter((k) => amountKeys.has(k)).length, 0),
      identities: { pass: count('pass'), rounding: count('rounding'), fail: count('fail') },
      failures: identities
        .filter((i) => i.status === 'fail')
        .map(
          (i) =>
            `${i.description}：印 ${i.expected.value.toFixed()}，加总 ${i.actual.value.toFixed()}（${table.unit}）`,
        ),
    };
  });
}

/** A narrative section in the dataset's shape: title path, text, figures with offsets in it. */
function toDatasetSection(s: NarrativeSection): DatasetJson['narrative']['sections'][number] {
  const starts: number[] = [];
  let at = 0;
  for (const p of s.paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  const units = new Set(s.figures.filter((f) => f.unit !== '%').map((f) => f.unit));
  const onlyUnit = units.size === 1 ? [...units][0] : undefined;
  return {
    title: [...s.path, s.title || '（章节前文字）'].join(' · '),
    text: s.paragraphs.join('\n'),
    ...(onlyUnit === '元' || onlyUnit === '万元' ? { unit: onlyUnit } : {}),
    page: s.page,
    figures: s.figures.map((f) => toSectionFigure(f, starts[f.paragraph]!)),
  };
}

/** The Hebei text template: the detailed parser, when it reads the input without error. */
function readHebeiBudgetText(
  text: string,
  file: string,
): { dataset: DatasetJson; warnings: string[] } | undefined {
  if (!text.includes('\t') || !/部门预算信息公开情况说明/.test(text)) return undefined;
  try {
    const { dataset, warnings } = parseDisclosure(text, { sourceFile: file });
    const v1 = datasetV1Schema.safeParse(dataset);
    return v1.success ? { dataset: migrateDatasetV1(dataset), warnings } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Imports one disclosure.
 *
 * @param input the source (positioned PDF pages or text), its file name and hash
 * @returns the dataset (absent when the document could not be identified or yielded nothing,
 *   see `report.errors`) and the report; never throws for any input
 */
export function importDisclosure(input: ImportInput): ImportResult {
  const read = readDisclosure(input.source);
  const hebei = typeof input.source === 'string' ? readHebeiBudgetText(input.source, input.file) : undefined;
  // The template parser's own warnings replace the general reader's when it is the one used.
  const warnings: ImportWarning[] = hebei
    ? hebei.warnings.map((message) => ({ code: 'template', message }))
    : [...read.warnings];
  // A text without page marks (the seed's extraction) has no page count of its own.
  const paged = typeof input.source !== 'string' || /^=====\s*PAGE\s+\d+/m.test(input.source);
  const pageCount = paged ? read.pages.length : 0;
  const base = {
    file: input.file,
    pages: pageCount,
    unrecognised: read.tables
      .filter((t) => t.standardId === null)
      .map((t) => ({ title: t.title, page: t.pages[0]! })),
    warnings,
  };
  const metaResult = detectDisclosureMeta(read.pages.map((p) => p.lines));
  if (!metaResult.ok) {
    return {
      report: { ...base, reader: 'general', tables: [], sections: [], errors: metaResult.errors },
    };
  }
  const meta = metaResult.meta;
  for (const w of metaResult.warnings) warnings.push({ code: 'meta', message: w });
  const kind = read.kind ?? meta.kind;

  const source = {
    description: `${meta.title}（${input.file}）`,
    file: input.file,
    ...(pageCount > 0 ? { pages: pageCount } : {}),
    ...(input.sha256 ? { sha256: input.sha256 } : {}),
  };

  let dataset: DatasetJson;
  let reader: ImportReport['reader'];
  let sections: NarrativeSection[] = [];
  if (hebei) {
    reader = 'hebei-budget-text';
    const h = hebei.dataset;
    dataset = {
      ...h,
      meta: { ...h.meta, source: { ...source, description: h.meta.source.description } },
    };
  } else {
    reader = 'general';
    sections = splitNarrativeSections(read.narrativeLines);
    dataset = {
      schemaVersion: DATASET_SCHEMA_VERSION,
      meta: {
        kind,
        year: meta.year,
        department: meta.department,
        title: meta.title,
        source,
      },
      tables: read.tables,
      narrative: { sections: sections.filter((s) => s.paragraphs.length > 0).map(toDatasetSection) },
      projects: [],
    };
  }

  const report: ImportReport = {
    ...base,
    reader,
    kind,
    year: meta.year,
    department: meta.department.name,
    tables: tableReports(kind, dataset.tables as PrintedTable[]),
    sections: dataset.narrative.sections.map((s) => ({
      title: s.title,
      page: s.page ?? 0,
      figures: s.figures.length,
    })),
    errors: [],
  };
  if (dataset.tables.length === 0) {
    report.errors.push('没有读出任何表格：这份文件不像部门预算或决算（或是扫描件，需要先做文字识别 OCR）');
    return { report };
  }
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    report.errors.push(
      ...checked.error.issues.map((i) => `数据集不符合格式：${i.path.join('.') || '（根）'}：${i.message}`),
    );
    return { report };
  }
  return { dataset, report };
}
