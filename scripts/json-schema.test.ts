import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from './json-schema';

describe('exported JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    for (const [file, schema] of Object.entries(buildJsonSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'));
      expect(committed, file).toEqual(schema);
    }
  });

  it('describes amounts as decimal strings, not numbers', () => {
    const schema = buildJsonSchemas()['dataset.schema.json'] as Record<string, unknown>;
    const text = JSON.stringify(schema);
    expect(text).toContain('"pattern":"^-?\\\\d+(\\\\.\\\\d+)?$"');
    expect((schema.required as string[]).sort()).toEqual([
      'meta',
      'narrative',
      'projects',
      'schemaVersion',
      'tables',
    ]);
  });
});
