// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createColumnHelper, useTable } from '@tanstack/react-table';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataTable, treeTableFeatures, VIRTUAL_ROW_THRESHOLD } from './data-table';

afterEach(cleanup);

// jsdom lays nothing out: the scroll box reports the height a browser gives it (760 px) and
// a row the height of one line (41 px), so the virtualiser has a window to fill.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
const rect = Object.getOwnPropertyDescriptor(Element.prototype, 'getBoundingClientRect')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('table-scroll') ? 760 : 0;
    },
  });
  Object.defineProperty(Element.prototype, 'getBoundingClientRect', {
    configurable: true,
    value(this: Element) {
      return new DOMRect(0, 0, 1000, this.tagName === 'TR' ? 41 : 0);
    },
  });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  Object.defineProperty(Element.prototype, 'getBoundingClientRect', rect);
});

interface Item {
  code: string;
  name: string;
}
const helper = createColumnHelper<typeof treeTableFeatures, Item>();
const columns = helper.columns([
  helper.accessor('code', { header: '编码' }),
  helper.accessor('name', { header: '名称', meta: { rowHeader: true } }),
]);
const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({ code: `SYN${i}`, name: `指标${i}` }));

function Table({ data }: { data: Item[] }) {
  const table = useTable({ features: treeTableFeatures, columns, data, getRowId: (r) => r.code });
  return <DataTable table={table} caption="指标一览" label="指标表" testId="t" />;
}

describe('DataTable', () => {
  it('draws every row of a table up to the threshold, without row counts for assistive technology', () => {
    render(<Table data={items(VIRTUAL_ROW_THRESHOLD)} />);
    const table = screen.getByTestId('t');
    expect(table.querySelectorAll('tbody tr[data-row-id]')).toHaveLength(VIRTUAL_ROW_THRESHOLD);
    expect(table.getAttribute('aria-rowcount')).toBeNull();
    expect(table.querySelector('.data-table__spacer')).toBeNull();
    expect(table.closest('.table-scroll')!.classList.contains('table-scroll--virtual')).toBe(false);
  });

  it('draws a window of a 5,000-row table and says its full size (aria-rowcount, aria-rowindex)', () => {
    render(<Table data={items(5000)} />);
    const table = screen.getByTestId('t');
    const drawn = [...table.querySelectorAll('tbody tr[data-row-id]')];
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(100);
    // 1 header row + 5,000 body rows.
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    expect(drawn[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(drawn[0]!.getAttribute('data-row-id')).toBe('SYN0');
    expect(drawn[0]!.querySelector('th[scope="row"]')!.textContent).toBe('指标0');
    expect(table.querySelector('thead tr')!.getAttribute('aria-rowindex')).toBe('1');
    expect(table.closest('.table-scroll')!.classList.contains('table-scroll--virtual')).toBe(true);
  });
});
