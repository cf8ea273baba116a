/**
 * Entry point of the importer: the text extraction of a 部门预算信息公开 PDF (tables
 * tab-separated) → a dataset object in the shape of `datasetSchema` (src/domain/schema.ts).
 * Pure: no file system, no network. The caller validates the result with the schema.
 */
import {
  DATASET_V1_SCHEMA_VERSION as DATASET_SCHEMA_VERSION,
  type DatasetV1Json as DatasetJson,
} from '../domain/schema-v1';
import { matchProjectFunctionCodes } from './function-codes';
import { parseNarrative } from './narrative';
import { parseProjects } from './projects';
import { parseStandardTables } from './standard-tables';
import { compact, DisclosureParseError, toLines } from './text';

export interface ParseOptions {
  /** Name of the input file, recorded in `meta.source.file`. */
  readonly sourceFile?: string;
}

export interface ParseResult {
  /** The dataset as JSON-ready data (amounts are 万元 decimal strings, blanks absent). */
  readonly dataset: DatasetJson;
  /** Things a person should look at (Chinese): lost cells, name differences, ambiguities. */
  readonly warnings: string[];
}

const NARRATIVE_TITLE = /^(.+?)\s*(\d{4})\s*年\s*部门(预算|决算)信息公开情况说明$/;

/**
 * Parses one disclosure text.
 *
 * Reads the nine standard tables (by title) before the narrative title
 * "…YYYY 年部门预算信息公开情况说明", then the narrative sections 一 to 十一 (by title) and the
 * project 绩效目标表 of section 七. Each project's `functionCode` is matched against the 项 rows of
 * 部门预算支出总表 (see `matchProjectFunctionCodes`).
 *
 * @throws DisclosureParseError (message in Chinese, with the section and line) when a required
 *   section or table is missing, the amounts are not in 万元, or a printed cell cannot be read.
 */
export function parseDisclosure(text: string, options: ParseOptions = {}): ParseResult {
  const warnings: string[] = [];
  const lines = toLines(text);
  const titleAt = lines.findIndex((l) => NARRATIVE_TITLE.test(l.text.trim()));
  if (titleAt < 0) {
    throw new DisclosureParseError(
      `缺少必需的章节：找不到“……YYYY 年部门预算信息公开情况说明”标题行（已查找第 1–${lines.length} 行）`,
      '部门预算信息公开情况说明',
    );
  }
  const titleMatch = NARRATIVE_TITLE.exec(lines[titleAt]!.text.trim())!;
  const tableLines = lines.slice(0, titleAt);
  const narrativeLines = lines.slice(titleAt + 1);

  // Page headers of the tables: "339 丰润区工业和信息化局", "预算年度：2024", "单位：万元".
  // The department line is the one printed just above the first "预算年度：" line.
  const DEPT = /^(\d{1,6}) +([^\d\s年]\S*)$/;
  const yearAt = tableLines.findIndex((l) => /^预算年度[:：]\s*\d{4}/.test(l.text.trim()));
  const yearLine = yearAt >= 0 ? tableLines[yearAt] : undefined;
  const deptLine = tableLines
    .slice(0, yearAt >= 0 ? yearAt : tableLines.length)
    .reverse()
    .find((l) => DEPT.test(l.text.trim()));
  const dept = deptLine ? DEPT.exec(deptLine.text.trim()) : null;
  const year = Number(yearLine ? /(\d{4})/.exec(yearLine.text)![1] : titleMatch[2]);
  if (String(year) !== titleMatch[2]) {
    warnings.push(`预算年度 ${year}（第 ${yearLine?.no} 行）与情况说明标题中的年度 ${titleMatch[2]} 不一致`);
  }
  for (const l of lines) {
    const unit = /^单位[:：]\s*(.+)$/.exec(l.text.trim());
    if (unit && unit[1]!.trim() !== '万元') {
      throw new DisclosureParseError(`金额单位为「${unit[1]!.trim()}」，只支持“万元”`, '单位', l.no);
    }
  }
  const departmentName = dept?.[2] ?? titleMatch[1]!.trim();
  if (dept && dept[2] !== titleMatch[1]!.trim()) {
    warnings.push(`表头单位名称「${dept[2]}」与情况说明标题「${titleMatch[1]!.trim()}」不一致`);
  }
  const title = lines[titleAt]!.text.trim().replace(/情况说明$/, '');

  const tables = parseStandardTables(tableLines, warnings);
  const { narrative, sections } = parseNarrative(narrativeLines, warnings);
  const projects = parseProjects(sections.get('projects')!, warnings);

  const items = tables.expenditure.rows.flatMap((r) =>
    r.functionCode?.length === 7 && r.projectExpenditure !== undefined && Number(r.projectExpenditure) !== 0
      ? [{ functionCode: r.functionCode, name: r.name, projectExpenditure: String(r.projectExpenditure) }]
      : [],
  );
  const match = matchProjectFunctionCodes(
    projects.map((p) => ({ seq: p.seq, name: p.name, budget: String(p.budget) })),
    items,
  );
  warnings.push(...match.warnings);
  const linked = projects.map((p) => {
    const { spendingPlan, goalsText, goals, indicators, ...head } = p;
    return compact({
      ...head,
      functionCode: match.codes.get(p.seq),
      spendingPlan,
      goalsText,
      goals,
      indicators,
    });
  });

  const dataset: DatasetJson = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    meta: {
      department: compact({ code: dept?.[1], name: departmentName }),
      year,
      kind: titleMatch[3] as '预算' | '决算',
      unit: '万元',
      title,
      source: compact({
        description: `${title}（PDF 文本提取：表格以制表符分隔，页眉与跨页重复的表头已略去）`,
        file: options.sourceFile,
      }),
    },
    tables,
    narrative,
    projects: linked,
  };
  return { dataset, warnings };
}
