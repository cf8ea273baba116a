// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useSearchWriter } from './use-search-writer';

afterEach(cleanup);

type Write = ReturnType<typeof useSearchWriter>;

/** A route that hands out its writer and shows its query. */
function setup(initial: string) {
  const handle: { write?: Write } = {};
  function Probe() {
    handle.write = useSearchWriter();
    return <p data-testid="search">{useLocation().search}</p>;
  }
  const router = createMemoryRouter([{ path: '/performance', element: <Probe /> }], {
    initialEntries: [initial],
  });
  const view = render(<RouterProvider router={router} />);
  return { handle, router, shown: () => view.getByTestId('search').textContent };
}

const set = (key: string, value: string) => (p: URLSearchParams) => {
  p.set(key, value);
  return p;
};

describe('useSearchWriter', () => {
  it('keeps both of two writes made before the router renders the first', async () => {
    const { handle, router, shown } = setup('/performance?group=project');
    // The search's commit on blur, then the click that caused the blur, in one go: the second
    // write's closure still has the query as rendered (group=project only).
    const stale = handle.write!;
    await act(async () => {
      stale(set('q', '数量'), { replace: true });
      stale(set('issues', '1'), { replace: true });
    });
    expect(router.state.location.search).toBe('?group=project&q=%E6%95%B0%E9%87%8F&issues=1');
    expect(shown()).toBe('?group=project&q=%E6%95%B0%E9%87%8F&issues=1');
    // After the render, the rendered query is the latest again.
    await act(async () => handle.write!((p) => (p.delete('group'), p)));
    expect(router.state.location.search).toBe('?q=%E6%95%B0%E9%87%8F&issues=1');
  });

  it('forgets its write once another entry is drawn: back on the first entry, its own query', async () => {
    // The first entry's key is "default" whether or not a write was made over it.
    const { handle, router } = setup('/performance');
    await act(async () => handle.write!(set('project', 'P1'))); // a push, from "default"
    expect(router.state.location.search).toBe('?project=P1');
    await act(async () => router.navigate(-1));
    expect(router.state.location.key).toBe('default');
    expect(router.state.location.search).toBe('');
    await act(async () => handle.write!(set('issues', '1')));
    expect(router.state.location.search).toBe('?issues=1');
  });

  it('starts from the new query after a navigation of its own (the back button, a link)', async () => {
    const { handle, router } = setup('/performance?q=a');
    const stale = handle.write!;
    await act(async () => stale(set('l1', '产出指标')));
    await act(async () => router.navigate('/performance?kind=qualitative'));
    await act(async () => handle.write!(set('issues', '1')));
    expect(router.state.location.search).toBe('?kind=qualitative&issues=1');
  });
});
