/**
 * Writes the JSON Schema of the dataset and catalog formats (from the zod schema, input
 * side: amounts are strings) to schema/, so a portal can produce compatible files.
 * Usage: npm run schema        (write)   |   npm run schema -- --check   (exit 1 if stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildJsonSchemas } from './json-schema';

const check = process.argv.includes('--check');
let stale = false;
for (const [file, schema] of Object.entries(buildJsonSchemas())) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const path = new URL(`../schema/${file}`, import.meta.url);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error(`schema/${file} 已过期：请运行 npm run schema`);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`已写入 schema/${file}`);
  }
}
process.exit(stale ? 1 : 0);
