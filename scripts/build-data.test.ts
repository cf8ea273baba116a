import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildData } from './build-data';

// Reads the real sources (three PDFs with pdf.js): slow on a busy machine.
describe('npm run data', { timeout: 180_000 }, () => {
  it('the shipped public/data/ is exactly what data/sources/ gives (run `npm run data` when this fails)', async () => {
    const { files, reports } = await buildData();
    const shipped = readdirSync(new URL('../public/data/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    );
    expect(shipped.sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) {
      expect(readFileSync(new URL(`../public/data/${name}`, import.meta.url), 'utf8'), name).toBe(text);
    }
    // Every standard table of each disclosure was found.
    for (const r of reports) {
      expect(
        r.tables.filter((t) => !t.found && !t.optional).map((t) => t.name),
        r.file,
      ).toEqual([]);
    }
  });

  it('ships the seed as the default and the 普陀区 disclosures with their real totals', async () => {
    const catalog = JSON.parse(readFileSync(new URL('../public/data/index.json', import.meta.url), 'utf8'));
    expect(catalog.default).toBe('339-2024');
    expect(
      catalog.datasets.map((d: { id: string; kind: string; year: number }) => [d.id, d.kind, d.year]),
    ).toEqual([
      ['339-2024', '预算', 2024],
      ['putuo-finance-2024-final', '决算', 2024],
      ['putuo-planning-2024-final', '决算', 2024],
      ['putuo-social-work-2024-final', '决算', 2024],
      ['putuo-construction-2026-budget', '预算', 2026],
    ]);
    const total = (id: string, standardId: string) => {
      const d = JSON.parse(readFileSync(new URL(`../public/data/${id}.json`, import.meta.url), 'utf8'));
      const t = d.tables.find((x: { standardId: string }) => x.standardId === standardId);
      const key = t.columns.find(
        (c: { role?: string }) => c.role === 'total' || c.role === 'currentYearRevenue',
      ).key;
      return [t.unit, t.rows.find((r: { kind: string }) => r.kind === 'total').cells[key]];
    };
    // 收入决算表 合计 本年收入合计, as printed on page 8 of the 财政局 决算.
    expect(total('putuo-finance-2024-final', 'final-revenue')).toEqual(['万元', '2946.25']);
    // 2026年部门收入预算总表 合计, in 元.
    expect(total('putuo-construction-2026-budget', 'budget-revenue')).toEqual(['元', '3286618082.20']);
    expect(total('339-2024', 'budget-expenditure')).toEqual(['万元', '2305.27']);
  });
});
