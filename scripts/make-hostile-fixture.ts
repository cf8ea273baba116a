/**
 * Builds the TEST fixture e2e/fixtures/hostile-339-2024.json: public/data/339-2024.json with
 * every text a PDF could put there made hostile (issue 9, "no script from data"), and every
 * figure, code and structural word kept, so the schema accepts it, every check still passes
 * and every view renders. It is NOT real data and is never shipped in the catalog; the
 * browser test e2e/hostile-text.spec.ts serves it in place of the dataset with page.route.
 *
 * Tainted: 科目名称 in every table (the same text for the same code everywhere), table notes,
 * the department name and title, narrative paragraphs, duties, units, goals and safeguards,
 * glossary terms and definitions, project names, purposes, goals and 三级指标 texts. Each gets
 * IMG plus the next of EXTRAS (e2e/fixtures/hostile-text.ts), in document order, so the
 * output is deterministic; a few (LONG_NAME_*) get a 10,000-character word instead.
 * Untouched: amounts, codes, 合计 rows, column labels, table titles, 一级/二级指标 (filter
 * categories), 指标值 (parsed as quantities), spending-plan periods, procurement rows.
 *
 *   npx tsx scripts/make-hostile-fixture.ts
 *
 * scripts/make-hostile-fixture.test.ts fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  EXTRAS,
  IMG,
  LONG_NAME_FUNCTION_CODE,
  LONG_NAME_PROJECT_CODE,
  LONG_WORD,
} from '../e2e/fixtures/hostile-text';
import { buildBudgetModel } from '../src/domain/budget-model';
import { runChecks } from '../src/domain/checks';
import { datasetSchema, type DatasetJson } from '../src/domain/schema';
import { standardTableSpec } from '../src/domain/standard-tables';

const SRC = new URL('../public/data/339-2024.json', import.meta.url);
/** Where the fixture is written (and read by the staleness test). */
export const HOSTILE_FIXTURE = new URL('../e2e/fixtures/hostile-339-2024.json', import.meta.url);

/** Narrative keys whose string values are prose (keys not listed keep their text). */
const PROSE = new Set([
  'preamble',
  'overallSituation',
  'text',
  'reason',
  'overallGoal',
  'title',
  'goal',
  'indicatorsText',
  'specialFunds',
  'otherMatters',
  'name',
  'term',
  'definition',
]);
/** Narrative keys holding arrays of prose strings. */
const PROSE_LISTS = new Set(['duties', 'indicators', 'workSafeguards', 'mechanismSafeguards', 'notes']);

/** The dataset with hostile texts; pure and deterministic (same input, same output). */
export function buildHostileFixture(src: DatasetJson): DatasetJson {
  const out = structuredClone(src);
  let turn = 0;
  const taint = (text: string) => `${text}${IMG}${EXTRAS[turn++ % EXTRAS.length]}`;
  const long = (text: string) => `${text}${IMG}${LONG_WORD}`;
  // The same 科目 has the same name in every table.
  const names = new Map<string, string>();
  const nameOf = (code: string, name: string) => {
    if (!names.has(code)) names.set(code, code === LONG_NAME_FUNCTION_CODE ? long(name) : taint(name));
    return names.get(code)!;
  };

  out.meta.department.name = taint(out.meta.department.name);
  out.meta.title = taint(out.meta.title);

  for (const table of out.tables) {
    table.notes = table.notes.map(taint);
    // 经济分类 and 功能分类 codes may coincide as digits: keep their names apart.
    const economic = table.standardId !== null && standardTableSpec(table.standardId).rowAxis === 'economic';
    for (const row of table.rows) {
      const code = row.code ? (economic ? `e${row.code}` : row.code) : undefined;
      if (row.name && code) row.name = nameOf(code, row.name);
    }
  }

  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const obj = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(obj)) {
      if (typeof v === 'string' && PROSE.has(key)) obj[key] = taint(v);
      else if (Array.isArray(v) && PROSE_LISTS.has(key) && v.every((x) => typeof x === 'string'))
        obj[key] = v.map(taint);
      else if (key !== 'procurement' && key !== 'fixedAssets') walk(v);
    }
    return obj;
  };
  walk(out.narrative);
  // The longest paragraph and a glossary definition carry the long word too.
  out.narrative.overallSituation = long(out.narrative.overallSituation ?? '');
  const glossary = out.narrative.glossary![0]!;
  glossary.definition = long(glossary.definition);

  out.projects = out.projects.map((p) => ({
    ...p,
    name: p.code === LONG_NAME_PROJECT_CODE ? long(p.name) : taint(p.name),
    tableTitle: taint(p.tableTitle),
    ...(p.purpose ? { purpose: taint(p.purpose) } : {}),
    ...(p.goalsText ? { goalsText: taint(p.goalsText) } : {}),
    goals: p.goals.map(taint),
    indicators: p.indicators.map((i) => ({
      ...i,
      level3: taint(i.level3),
      ...(i.description ? { description: taint(i.description) } : {}),
      ...(i.basis ? { basis: taint(i.basis) } : {}),
    })),
  }));
  return out;
}

function main(): void {
  const src = JSON.parse(readFileSync(SRC, 'utf8')) as DatasetJson;
  const out = buildHostileFixture(src);
  const parsed = datasetSchema.parse(out);
  const failing = runChecks(buildBudgetModel(parsed)).filter((c) => !c.ok);
  if (failing.length > 0) throw new Error(`checks fail: ${failing.map((c) => c.id).join(', ')}`);
  writeFileSync(HOSTILE_FIXTURE, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${HOSTILE_FIXTURE.pathname}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
