/**
 * Importer CLI: disclosure PDFs or text extractions → validated dataset files (format v2)
 * and a report of what was found in each.
 *
 *   npm run ingest -- <file.pdf|file.txt>… [--out public/data/] [--id <id>] [--cells <out.csv>]
 *
 * For each input: reads it (PDF with pdfjs-dist, text as UTF-8), imports it with
 * `importDisclosure` (src/ingest/import-disclosure.ts), prints the report (per standard table:
 * found or not, rows, cells, identities 通过 / 尾差 / 不平 with each failure; the warnings with
 * page and line), and writes `<out>/<id>.json`. A file is written whole or not at all (written
 * beside and renamed). Exit 0 when every input gave a dataset, 1 when one did not, 2 on usage.
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

const USAGE = `用法：npm run ingest -- <文件.pdf|文件.txt>… [选项]

把部门预算或决算的 PDF（或其文字提取）导入为数据集（格式 v2），并报告找到的表、核验结果和警告。

选项：
  --out <目录>      数据集写入的目录（默认 public/data/，须已存在）
  --id <标识>       数据集标识（字母、数字、- 和 _；默认取文件名），只能用于一个输入文件
  --cells <文件>    另写一份“全部单元格”CSV（每个印出的金额一行），只能用于一个输入文件
  --quiet           只打印汇总，不打印每张表
  -h, --help        显示本说明`;

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
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(`没有给出要导入的文件。\n\n${USAGE}`);
    return 2;
  }
  if ((values.id || values.cells) && files.length > 1) {
    console.error(`--id 和 --cells 只能用于一个输入文件（这里有 ${files.length} 个）。\n\n${USAGE}`);
    return 2;
  }
  if (values.id && !/^[A-Za-z0-9_-]+$/.test(values.id)) {
    console.error(`数据集标识“${values.id}”只能包含字母、数字、- 和 _。`);
    return 2;
  }
  const out = resolve(values.out ?? 'public/data');
  if (!existsSync(out) || !statSync(out).isDirectory()) {
    console.error(`输出目录 ${out} 不存在：请先创建它（mkdir -p ${out}），或用 --out 指定已有的目录。`);
    return 2;
  }

  let failed = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      console.error(`无法读取 ${file}：${e instanceof Error ? e.message : String(e)}`);
      failed++;
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let source;
    try {
      source = /\.pdf$/i.test(file)
        ? await readPdfFile(file)
        : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      const why =
        e instanceof TypeError
          ? '不是 UTF-8 文本（若是 GBK 编码，请先转为 UTF-8：iconv -f GBK -t UTF-8）'
          : e instanceof Error
            ? e.message
            : String(e);
      console.error(`无法读取 ${file}：${why}`);
      failed++;
      continue;
    }
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
  return failed > 0 ? 1 : 0;
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
