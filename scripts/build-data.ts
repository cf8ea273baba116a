/**
 * Rebuilds the shipped data (public/data/: one dataset per source and the catalog
 * index.json) from the disclosures in data/sources/, as listed in data/sources/datasets.json
 * ({ default, datasets: [{ id, source }] }). `npm run data` writes the files;
 * scripts/build-data.test.ts fails when the shipped files are not what this produces.
 *
 * Each file is written whole or not at all; an import that yields no dataset stops the build
 * with its report (nothing is written then).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { catalogSchema, type DatasetJson } from '../src/domain/schema';
import { importDisclosure, type ImportReport } from '../src/ingest/import-disclosure';
import { readPdfFile } from '../src/ingest/pdf/read-pdf-file';
import { formatReport, writeWhole } from './ingest';

const SOURCES = new URL('../data/sources/', import.meta.url);
const OUT = new URL('../public/data/', import.meta.url);

interface Manifest {
  default: string;
  datasets: { id: string; source: string }[];
}

/** The files of public/data/ as they should be: name → content (pretty JSON, trailing newline). */
export async function buildData(): Promise<{ files: Map<string, string>; reports: ImportReport[] }> {
  const manifest = JSON.parse(readFileSync(new URL('datasets.json', SOURCES), 'utf8')) as Manifest;
  const files = new Map<string, string>();
  const reports: ImportReport[] = [];
  const entries = [];
  for (const { id, source } of manifest.datasets) {
    const url = new URL(source, SOURCES);
    const bytes = readFileSync(url);
    const input = /\.pdf$/i.test(source) ? await readPdfFile(url.pathname) : bytes.toString('utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { dataset, report } = importDisclosure({ source: input, file: source, sha256 });
    reports.push(report);
    if (!dataset) throw new Error(`${source} 没有得到数据集：\n${formatReport(report).join('\n')}`);
    files.set(`${id}.json`, `${JSON.stringify(dataset, null, 2)}\n`);
    entries.push(catalogEntry(id, dataset));
  }
  const catalog = catalogSchema.parse({ schemaVersion: 2, default: manifest.default, datasets: entries });
  files.set('index.json', `${JSON.stringify(catalog, null, 2)}\n`);
  return { files, reports };
}

function catalogEntry(id: string, d: DatasetJson) {
  return {
    id,
    department: d.meta.department.name,
    ...(d.meta.department.code ? { departmentCode: d.meta.department.code } : {}),
    year: d.meta.year,
    kind: d.meta.kind,
    file: `${id}.json`,
  };
}

async function main(): Promise<void> {
  const { files, reports } = await buildData();
  for (const r of reports) console.log(formatReport(r, true).join('\n'));
  for (const [name, text] of files) writeWhole(new URL(name, OUT).pathname, text);
  console.log(`已写入 public/data/ 的 ${files.size} 个文件`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
