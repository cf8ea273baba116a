/**
 * Prints the tables the v2 importer finds in a disclosure (PDF or text extraction): per
 * table its title, standard id, unit, pages, rows, columns and whether 合计 = Σ类 holds per
 * column, then the warnings.
 *
 * Usage: npx tsx scripts/read-tables.ts <file.pdf | file.txt> [--json]
 */
import { readFile } from 'node:fs/promises';
import { readDisclosure } from '../src/ingest/read-disclosure';
import { readPdfFile } from '../src/ingest/pdf/read-pdf-file';
import { checkTableSums } from '../src/ingest/tables/table-sums';

async function main(): Promise<number> {
  const [file, flag] = process.argv.slice(2);
  if (!file) {
    console.error('用法：npx tsx scripts/read-tables.ts <PDF 或文本文件> [--json]');
    return 2;
  }
  const started = performance.now();
  let input;
  try {
    input = /\.pdf$/i.test(file) ? await readPdfFile(file) : await readFile(file, 'utf8');
  } catch (e) {
    console.error(`无法读取文件 ${file}：${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const result = readDisclosure(input);
  const ms = performance.now() - started;
  if (flag === '--json') {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  console.log(
    `${file}: ${result.kind ?? '类型未知'}，${result.pages.length} 页，${result.tables.length} 张表，${ms.toFixed(0)} ms`,
  );
  for (const t of result.tables) {
    const mismatches = checkTableSums(t);
    const sums = t.rows.some((r) => r.code)
      ? mismatches.length === 0
        ? '合计=Σ类 ✓'
        : `不平 ${mismatches.map((m) => `${m.column}:${m.parent} ${m.printed}≠${m.sum}`).join('; ')}`
      : '';
    const total = t.rows.find((r) => r.kind === 'total');
    console.log(
      `- ${t.title} [${t.standardId ?? '未识别'}] ${t.unit} 页${t.pages.join(',')} ${t.rows.length}行 ${t.columns.length}列 ${sums}`,
    );
    console.log(
      `    列: ${t.columns.map((c) => `${c.key}=${[...c.path, c.label].join('/')}${c.role ? `(${c.role}${c.measure ? `,${c.measure}` : ''})` : ''}`).join(' | ')}`,
    );
    if (total) console.log(`    合计: ${JSON.stringify(total.cells)}`);
    if (t.notes.length) console.log(`    注: ${t.notes.join(' ')}`);
  }
  for (const w of result.warnings)
    console.log(
      `! [${w.code}] ${w.page ? `第${w.page}页` : ''}${w.line ? `第${w.line}行 ` : ''}${w.message}${w.text ? ` «${w.text.slice(0, 80)}»` : ''}`,
    );
  return 0;
}

process.exitCode = await main();
