/**
 * Importer CLI: disclosure PDFs or text extractions → validated dataset files (format v2)
 * and a report of what was found in each.
 *
 *   npm run ingest -- <file.pdf|file.txt>… [--out public/data/] [--id <id>] [--cells <out.csv>]
 *
 * For each input: reads it (PDF with pdfjs-dist, text as UTF-8 or GBK/GB18030, the same
 * decoding and problem messages as the browser's 导入 view), imports it with
 * `importDisclosure` (src/ingest/import-disclosure.ts), prints the report (per standard table:
 * found or not, rows, cells, identities 通过 / 尾差 / 不平 with each failure; the warnings with
 * page and line), and writes `<out>/<id>.json`. A file is written whole or not at all (written
 * beside and renamed). Exit codes: see `EXIT` (0 written, 1 bad input, 2 usage, 3 written
 * but 数据核验 has 未通过 findings).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBudgetModel } from '../src/domain/budget-model';
import { describeMismatch, isAlarming, tallyChecks } from '../src/domain/check-result';
import { runChecks } from '../src/domain/checks';
import { everyCellCsv } from '../src/domain/every-cell';
import { datasetSchema } from '../src/domain/schema';
import { importDisclosure, type ImportReport } from '../src/ingest/import-disclosure';
import { readPdfFile } from '../src/ingest/pdf/read-pdf-file';
import { decodeText, isPdf, pdfProblem, type UploadProblem } from '../src/ingest/read-input';
import type { PositionedPage } from '../src/ingest/tables/layout';
import { importCopy } from '../src/copy/import';
import { problemMessage } from '../src/features/import/problem-message';

const USAGE = `用法：npm run ingest -- <文件.pdf|文件.txt>… [选项]

把部门预算或决算的 PDF（或其文字提取）导入为数据集（格式 v2），并报告找到的表、核验结果和警告。

选项：
  --out <目录>      数据集写入的目录（默认 public/data/，须已存在）
  --id <标识>       数据集标识（字母、数字、- 和 _；默认取文件名），只能用于一个输入文件
  --cells <文件>    另写一份“全部单元格”CSV（每个印出的金额一行），只能用于一个输入文件
  --quiet           只打印汇总，不打印每张表
  -h, --help        显示本说明

文本文件可以是 UTF-8 或 GBK/GB18030 编码（与网页导入相同）。

退出码：
  0  每个文件都写出了数据集，数据核验没有“未通过”
  1  有文件没有得到数据集（找不到、空文件、损坏、不是部门公开、表格结构不合规则）
  2  用法错误（未知选项、没有给出文件、输出目录不存在）
  3  数据集都已写出，但数据核验有“未通过”的条目（数字对不上，发布前请核对）`;

/** The options as parsed; throws (Chinese message) on an unknown flag or a missing value. */
function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      id: { type: 'string' },
      cells: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** A dataset id from a file name: "02-putuo-finance-bureau-2024-final.pdf" → the same without .pdf. */
export function idFromFile(file: string): string {
  return basename(file, extname(file))
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Writes `text` to `path` whole or not at all: a temporary file beside it, then a rename. */
export function writeWhole(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

/** The report as lines for the terminal. */
export function formatReport(report: ImportReport, quiet = false): string[] {
  const lines: string[] = [];
  const found = report.tables.filter((t) => t.found);
  const expected = report.tables.filter((t) => t.found || !t.optional);
  lines.push(
    `${report.file}：${report.department ?? '部门未知'} ${report.year ?? ''} ${report.kind ?? ''}，${report.pages ? `${report.pages} 页` : '文本未分页'}，` +
      `标准表 ${found.length}/${expected.length}，叙述章节 ${report.sections.length} 节，警告 ${report.warnings.length} 条`,
  );
  if (!quiet) {
    for (const t of report.tables) {
      if (!t.found) {
        lines.push(t.optional ? `  – ${t.name}：未单独列表（并非每个模板都有）` : `  ✗ ${t.name}：未找到`);
        continue;
      }
      const { pass, rounding, fail } = t.identities;
      lines.push(
        `  ${fail ? '✗' : '✓'} ${t.title}［${t.standardId}］${t.unit}，第 ${t.pages?.join('、')} 页，` +
          `${t.rows} 行 ${t.cells} 个金额；核验 通过 ${pass}、尾差 ${rounding}、不平 ${fail}`,
      );
      for (const f of t.failures.slice(0, 10)) lines.push(`      不平：${f}`);
      if (t.failures.length > 10) lines.push(`      ……另有 ${t.failures.length - 10} 处不平`);
    }
    for (const u of report.unrecognised) lines.push(`  ? 未识别的表“${u.title}”（第 ${u.page} 页）`);
    for (const w of report.warnings.slice(0, 30)) {
      const where = [w.page ? `第 ${w.page} 页` : '', w.line ? `第 ${w.line} 行` : '']
        .filter(Boolean)
        .join('');
      lines.push(
        `  警告${where ? `（${where}）` : ''}：${w.message}${w.text ? `：“${w.text.slice(0, 60)}”` : ''}`,
      );
    }
    if (report.warnings.length > 30) lines.push(`  ……另有 ${report.warnings.length - 30} 条警告`);
  }
  for (const e of report.errors) lines.push(`  错误：${e}`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.written;
  }
  if (files.length === 0) {
    console.error(`没有给出要导入的文件。\n\n${USAGE}`);
    return EXIT.usage;
  }
  if ((values.id || values.cells) && files.length > 1) {
    console.error(`--id 和 --cells 只能用于一个输入文件（这里有 ${files.length} 个）。\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (values.id && !/^[A-Za-z0-9_-]+$/.test(values.id)) {
    console.error(`数据集标识“${values.id}”只能包含字母、数字、- 和 _。`);
    return EXIT.usage;
  }
  const out = resolve(values.out ?? 'public/data');
  if (!existsSync(out) || !statSync(out).isDirectory()) {
    console.error(`输出目录 ${out} 不存在：请先创建它（mkdir -p ${out}），或用 --out 指定已有的目录。`);
    return EXIT.usage;
  }

  let failed = 0;
  let unverified = 0;
  for (const file of files) {
    const read = await readInput(file);
    if ('message' in read) {
      console.error(read.message);
      failed++;
      continue;
    }
    const { bytes, source } = read;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { dataset, report } = importDisclosure({ source, file: basename(file), sha256 });
    for (const line of formatReport(report, values.quiet)) console.log(line);
    if (!dataset) {
      console.error(`  未写入：${file} 没有得到数据集。`);
      failed++;
      continue;
    }
    // A name with no Latin letters or digits gives no id: the file's hash names it then.
    // The same 数据核验 the app runs: cross-table, narrative and "三公" checks.
    const parsedDataset = datasetSchema.parse(dataset);
    const model = buildBudgetModel(parsedDataset);
    const checks = runChecks(model, parsedDataset.tables);
    const tally = tallyChecks(checks);
    console.log(
      `  数据核验：共 ${tally.total} 条，通过 ${tally.pass}、尾差 ${tally.rounding}、未通过 ${tally.fail}、提示 ${tally.warning}`,
    );
    for (const c of checks.filter(isAlarming))
      console.log(`      未通过：${describeMismatch(c, model.printed)}`);
    if (tally.fail > 0) unverified++;
    const id = values.id ?? (idFromFile(file) || `dataset-${sha256.slice(0, 12)}`);
    const target = join(out, `${id}.json`);
    writeWhole(target, `${JSON.stringify(dataset, null, 2)}\n`);
    console.log(`  已写入 ${target}`);
    if (values.cells) {
      const cellsPath = resolve(values.cells);
      writeWhole(cellsPath, everyCellCsv(parsedDataset));
      console.log(`  已写入 ${cellsPath}（全部单元格）`);
    }
  }
  if (failed > 0) return EXIT.badInput;
  return unverified > 0 ? EXIT.unverified : EXIT.written;
}

/**
 * Exit codes: 0 every dataset written and 数据核验 found nothing 未通过; 1 an input gave no
 * dataset (missing, empty, unreadable, not a disclosure, structure errors); 2 usage
 * (unknown flag, no file, missing output folder); 3 every dataset was written but 数据核验
 * has 未通过 findings in at least one (the figures disagree: look before publishing).
 */
export const EXIT = { written: 0, badInput: 1, usage: 2, unverified: 3 } as const;

/**
 * Reads one input as the browser's 导入 view does (src/ingest/read-input.ts): a PDF by its
 * signature or its .pdf name, anything else as text in UTF-8 or GBK/GB18030.
 * @returns the bytes and the importer's source, or the Chinese line that says why not
 */
async function readInput(
  file: string,
): Promise<{ bytes: Buffer; source: string | PositionedPage[] } | { message: string }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { message: `找不到文件 ${file}` };
    if (code === 'EISDIR') return { message: `${file} 是文件夹，不是文件` };
    if (code === 'EACCES' || code === 'EPERM') return { message: `没有读取 ${file} 的权限` };
    return { message: `无法读取 ${file}（${code ?? (e instanceof Error ? e.message : String(e))}）` };
  }
  const why = (p: UploadProblem) => ({ message: `无法导入 ${file}：${problemMessage(p)}` });
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length === 0) return why({ kind: 'empty' });
  if (isPdf(data) || /\.pdf$/i.test(file)) {
    try {
      return { bytes, source: await readPdfFile(file) };
    } catch (e) {
      return why(pdfProblem(e));
    }
  }
  const decoded = decodeText(data);
  if ('problem' in decoded) return why(decoded.problem);
  if (decoded.encoding === 'gb18030') console.log(`${file}：${importCopy.encodingNote}`);
  return { bytes, source: decoded.text };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`导入失败：${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
