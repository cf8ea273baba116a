import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedModel } from './__fixtures__/load-shipped';
import { runChecks } from './checks';
import { figureKey, narrativeFigureLinks } from './narrative-links';
import { datasetSchema } from './schema';

describe('narrativeFigureLinks', () => {
  it('财政局 决算: "收入支出总计2995.39万元" links to 收入支出决算总表 总计, checked and agreeing', () => {
    const ds = datasetSchema.parse(
      JSON.parse(
        readFileSync(new URL('../../public/data/putuo-finance-2024-final.json', import.meta.url), 'utf8'),
      ) as unknown,
    );
    const model = shippedModel('putuo-finance-2024-final');
    const links = narrativeFigureLinks(ds, runChecks(model, ds.tables));
    expect(links.size).toBeGreaterThan(5);
    const si = ds.narrative.sections.findIndex((s) => s.title.endsWith('一、收入支出决算总体情况说明'));
    const f = ds.narrative.sections[si]!.figures.find((x) => x.text.includes('2995.39'))!;
    const link = links.get(figureKey(si, f.offset))!;
    expect(link.tableId).toBe('final-summary');
    expect(link.status).toBe('pass');
    expect(link.rowKey).toMatch(/^r\d+$/);
    expect(link.what).toContain('收入支出决算总表');
  });
});
