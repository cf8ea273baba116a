import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMG, LONG_WORD, RARE_CJK, RTL, SCRIPT } from '../e2e/fixtures/hostile-text';
import { buildBudgetModel } from '../src/domain/budget-model';
import { runChecks } from '../src/domain/checks';
import { datasetSchema, type DatasetJson } from '../src/domain/schema';
import { buildHostileFixture, HOSTILE_FIXTURE } from './make-hostile-fixture';

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as DatasetJson;
const real = read(new URL('../public/data/339-2024.json', import.meta.url));
const committed = read(HOSTILE_FIXTURE);

describe('e2e/fixtures/hostile-339-2024.json', () => {
  it('is what scripts/make-hostile-fixture.ts makes of public/data/339-2024.json (not stale)', () => {
    // If this fails: npx tsx scripts/make-hostile-fixture.ts, and commit the output.
    expect(committed).toEqual(buildHostileFixture(real));
  });

  it('fits the schema, passes every check and keeps every figure and code', () => {
    const parsed = datasetSchema.parse(committed);
    expect(runChecks(buildBudgetModel(parsed)).filter((c) => !c.ok)).toEqual([]);
    const figures = (d: DatasetJson) =>
      JSON.stringify(d, (key, v: unknown) =>
        typeof v === 'string' && !/^-?\d+(\.\d+)?$/.test(v) && !/Code$|^code$/.test(key) ? '' : v,
      );
    expect(figures(committed)).toBe(figures(real));
  });

  it('holds HTML in every 科目名称, and the other hostile texts somewhere', () => {
    for (const table of committed.tables) {
      for (const row of table.rows) {
        if (row.code) expect(row.name, `${table.title} ${row.name}`).toContain(IMG);
      }
    }
    const text = JSON.stringify(committed);
    for (const s of [SCRIPT, '</script>', 'javascript:', RTL, '💰', RARE_CJK, '{name|x}}', LONG_WORD])
      expect(text).toContain(JSON.stringify(s).slice(1, -1));
    expect(committed.meta.department.name).toContain(IMG);
    expect(committed.projects.every((p) => p.name.includes(IMG))).toBe(true);
    expect(committed.narrative.glossary!.every((g) => g.term.includes(IMG))).toBe(true);
  });
});
