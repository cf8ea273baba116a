/**
 * Prints the tables the v2 importer finds in a disclosure (PDF or text extraction): per
 * table its title, standard id, unit, pages, rows, columns and its identities (合计 = Σ类,
 * 类 = Σ款, row totals = Σ parts; src/domain/table-identities.ts) counted as 通过 / 尾差 / 不平
 * with each failing identity spelled out, then the warnings and the time per page.
 *
 * Usage: npx tsx scripts/read-tables.ts <file.pdf | file.txt> [--json]
 */
import { readFile } from 'node:fs/promises';
import { readDisclosure } from '../src/ingest/read-disclosure';
import { readPdfFile } from '../src/ingest/pdf/read-pdf-file';
import { checkTableIdentities } from '../src/domain/table-identities';

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
  const loaded = performance.now();
  const result = readDisclosure(input);
  const readMs = performance.now() - loaded;
  const ms = performance.now() - started;
  if (flag === '--json') {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  console.log(
    `${file}: ${result.kind ?? '类型未知'}，${result.pages.length} 页，${result.tables.length} 张表，${ms.toFixed(0)} ms`,
  );
  for (const t of result.tables) {
    const identities = checkTableIdentities(t);
    const count = (status: string) => identities.filter((x) => x.status === status).length;
    const total = t.rows.find((r) => r.kind === 'total');
    console.log(
      `- ${t.title} [${t.standardId ?? '未识别'}] ${t.unit} 页${t.pages.join(',')} ${t.rows.length}行 ${t.columns.length}列 恒等式：通过 ${count('pass')} / 尾差 ${count('rounding')} / 不平 ${count('fail')}`,
    );
    console.log(
      `    列: ${t.columns.map((c) => `${c.key}=${[...c.path, c.label].join('/')}${c.role ? `(${c.role}${c.measure ? `,${c.measure}` : ''})` : ''}`).join(' | ')}`,
    );
    if (total) console.log(`    合计: ${JSON.stringify(total.cells)}`);
    if (t.notes.length) console.log(`    注: ${t.notes.join(' ')}`);
    for (const x of identities.filter((i) => i.status === 'fail'))
      console.log(
        `    不平: ${x.description}：印 ${x.expected.value.toFixed()}，合 ${x.actual.value.toFixed()}（差 ${x.difference.toFixed()}）`,
      );
  }
  for (const w of result.warnings)
    console.log(
      `! [${w.code}] ${w.page ? `第${w.page}页` : ''}${w.line ? `第${w.line}行 ` : ''}${w.message}${w.text ? ` «${w.text.slice(0, 80)}»` : ''}`,
    );
  const pages = result.pages.length || 1;
  console.log(
    `用时 ${ms.toFixed(0)} ms（读文件 ${(loaded - started).toFixed(0)} ms，识别表格 ${readMs.toFixed(0)} ms），每页 ${(ms / pages).toFixed(1)} ms`,
  );
  return 0;
}

process.exitCode = await main();
