// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../domain/table-spec';
import { currentTables, useExportTables, type AnyTableSpec } from './registry';

/** A spec with only what the registry reads (its id). */
const spec = (id: string) => ({ id }) as unknown as TableSpec<unknown>;

describe('useExportTables', () => {
  it('keeps a view table in its place when its specs change (the menu does not reorder)', () => {
    const first = renderHook(({ specs }: { specs: AnyTableSpec[] }) => useExportTables(specs), {
      initialProps: { specs: [spec('bp-parts')] },
    });
    const second = renderHook(() => useExportTables([spec('bp-projects')]));
    expect(currentTables().map((s) => s.id)).toEqual(['bp-parts', 'bp-projects']);
    // A re-sort gives the first table new specs: it stays first.
    first.rerender({ specs: [spec('bp-parts'), spec('bp-parts-sorted')] });
    expect(currentTables().map((s) => s.id)).toEqual(['bp-parts', 'bp-parts-sorted', 'bp-projects']);
    first.unmount();
    expect(currentTables().map((s) => s.id)).toEqual(['bp-projects']);
    second.unmount();
    expect(currentTables()).toEqual([]);
  });
});
