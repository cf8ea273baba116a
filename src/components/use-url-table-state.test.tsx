// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useUrlSorting, useUrlSpecSort } from './use-url-table-state';

afterEach(cleanup);

/** A route that hands out the two sort hooks' setters. */
function setup(initial: string) {
  const handle: {
    onSort?: ReturnType<typeof useUrlSpecSort>[1];
    setSorting?: ReturnType<typeof useUrlSorting>[1];
  } = {};
  function Probe() {
    handle.onSort = useUrlSpecSort('ppsort')[1];
    handle.setSorting = useUrlSorting()[1];
    return null;
  }
  const router = createMemoryRouter([{ path: '/v', element: <Probe /> }], { initialEntries: [initial] });
  render(<RouterProvider router={router} />);
  return { handle, router };
}

describe('sorts in the URL, pressed twice before the first press is drawn', () => {
  it('a SpecTable header goes none → asc → desc from the latest URL', async () => {
    const { handle, router } = setup('/v?q=%E6%88%90%E6%9C%AC');
    const onSort = handle.onSort!; // the closure of the render before both presses
    await act(async () => {
      onSort('name');
      onSort('name');
    });
    expect(router.state.location.search).toBe('?q=%E6%88%90%E6%9C%AC&ppsort=name%3Adesc');
  });

  it('a TanStack header toggles from the latest URL too', async () => {
    const { handle, router } = setup('/v');
    const set = handle.setSorting!;
    const toggle = (old: { id: string; desc: boolean }[]) =>
      old[0]?.id === 'level3' ? [{ id: 'level3', desc: !old[0].desc }] : [{ id: 'level3', desc: false }];
    await act(async () => {
      set(toggle);
      set(toggle);
    });
    expect(router.state.location.search).toBe('?sort=level3%3Adesc');
  });
});
