/**
 * Importer CLI: a disclosure's text extraction → a validated dataset JSON file.
 *
 *   npx tsx scripts/ingest.ts <input.txt> <output.json>
 *   npm run ingest -- <input.txt> <output.json>
 *
 * Parses with `parseDisclosure` (which reads the nine tables of the 部门预算 template as format
 * v1), validates with the v1 schema, migrates to format v2 with `migrateDatasetV1`, validates
 * with `datasetSchema` (every failing path is printed with its message), prints the parser's
 * warnings, writes pretty JSON (2-space indent, trailing newline; key order fixed). Exit 0 on success, 1 on any error; errors
 * are printed in Chinese with the file and the position.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { migrateDatasetV1 } from '../src/domain/migrate-v1';
import { datasetSchema } from '../src/domain/schema';
import { datasetV1Schema } from '../src/domain/schema-v1';
import { parseDisclosure } from '../src/ingest/parse-disclosure';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main(argv: readonly string[]): void {
  const [input, output] = argv;
  if (!input || !output) fail('用法：npx tsx scripts/ingest.ts <输入文本.txt> <输出.json>');

  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (e) {
    fail(`无法读取输入文件 ${input}：${(e as Error).message}`);
  }

  let result: ReturnType<typeof parseDisclosure>;
  try {
    result = parseDisclosure(text, { sourceFile: basename(input) });
  } catch (e) {
    fail(`解析失败（${input}）：${(e as Error).message}`);
  }

  const checkedV1 = datasetV1Schema.safeParse(result.dataset);
  const v2 = checkedV1.success ? migrateDatasetV1(result.dataset) : undefined;
  const checked = checkedV1.success ? datasetSchema.safeParse(v2) : checkedV1;
  if (!checked.success) {
    const lines = checked.error.issues.map(
      (issue) => `  - ${issue.path.length ? issue.path.join('.') : '（根）'}：${issue.message}`,
    );
    fail(
      `数据集不符合格式（${input} → ${output}），共 ${checked.error.issues.length} 处：\n${lines.join('\n')}`,
    );
  }

  for (const w of result.warnings) console.warn(`警告（${input}）：${w}`);
  writeFileSync(output, `${JSON.stringify(v2, null, 2)}\n`, 'utf8');
  console.log(
    `已写入 ${output}（${result.dataset.projects.length} 个项目，${result.warnings.length} 条警告）`,
  );
}

main(process.argv.slice(2));
