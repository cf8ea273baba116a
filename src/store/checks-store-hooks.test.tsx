// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Suspense, type ReactNode } from 'react';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildBudgetModel } from '../domain/budget-model';
import { datasetSchema } from '../domain/schema';
import { datasetChecks, useChecksReady, useDatasetChecks, useDatasetChecksSuspended } from './checks-store';

function load(id: string) {
  // A path, not a URL: jsdom's URL is not the one node:fs accepts.
  const raw: unknown = JSON.parse(readFileSync(resolve('public/data', `${id}.json`), 'utf8'));
  const dataset = datasetSchema.parse(raw);
  return { dataset, budget: buildBudgetModel(dataset) };
}

describe('useDatasetChecks (the header badge and the banner)', () => {
  it('reads undefined first, as the prerendered screen did, then the 314 results of 339-2024', async () => {
    const input = load('339-2024');
    const { result } = renderHook(() => useDatasetChecks(input, '339-2024'));
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toHaveLength(314));
    expect(result.current!.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['names:215']);
  });

  it('shows results ready before it mounted at once, and never another dataset’s', async () => {
    const finance = load('putuo-finance-2024-final');
    const social = load('putuo-social-work-2024-final');
    const done = await datasetChecks(finance, 'putuo-finance-2024-final');
    const { result, rerender } = renderHook(({ input, id }) => useDatasetChecks(input, id), {
      initialProps: { input: finance, id: 'putuo-finance-2024-final' },
    });
    expect(result.current).toBe(done);
    // Switched to a dataset whose checks are not done: pending, not the previous results.
    rerender({ input: social, id: 'putuo-social-work-2024-final' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current).not.toBe(done);
    expect(result.current).toBe(await datasetChecks(social, 'putuo-social-work-2024-final'));
  });
});

describe('useChecksReady (a view not hydrated comes with its checks)', () => {
  function Held({ input, children }: { input: ReturnType<typeof load>; children: ReactNode }) {
    useChecksReady(input, 'putuo-planning-2024-final');
    return children;
  }

  it('holds its children until the checks are ready, then shows them', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const input = load('putuo-planning-2024-final');
    let settled = false;
    void datasetChecks(input, 'putuo-planning-2024-final').then(() => (settled = true));
    // What each render saw: the fallback while the checks ran, the view once they were done.
    const seen: string[] = [];
    function Fallback() {
      seen.push(`fallback, checks ${settled ? 'done' : 'running'}`);
      return <p>正在读取</p>;
    }
    function View() {
      seen.push(`view, checks ${settled ? 'done' : 'running'}`);
      return <p>概览</p>;
    }
    await act(async () => {
      render(
        <Suspense fallback={<Fallback />}>
          <Held input={input}>
            <View />
          </Held>
        </Suspense>,
      );
    });
    await screen.findByText('概览');
    // Shown once the checks were done (they take far less than the hold's 1.5 s limit here).
    expect([...new Set(seen)]).toEqual(['fallback, checks running', 'view, checks done']);
    // use() on every render, also on the one after the checks came (React's rule).
    expect(errors.mock.calls.flat().join(' ')).not.toContain('use()');
    errors.mockRestore();
  });
});

describe('useDatasetChecksSuspended (the views that list the checks)', () => {
  function Count({ input }: { input: ReturnType<typeof load> }) {
    const checks = useDatasetChecksSuspended(input, '339-2024');
    return <p>{`${checks.length} 项核验`}</p>;
  }

  it('suspends until the checks are done, then, opened again, shows them without suspending', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const input = load('339-2024');
    let fallbacks = 0;
    function Fallback() {
      fallbacks++;
      return <p>正在核验</p>;
    }
    let first: ReturnType<typeof render> | undefined;
    await act(async () => {
      first = render(
        <Suspense fallback={<Fallback />}>
          <Count input={input} />
        </Suspense>,
      );
    });
    await screen.findByText('314 项核验');
    expect(fallbacks).toBeGreaterThan(0);
    fallbacks = 0;
    first!.unmount();
    // Opened again (another visit to 数据核验): the results at once, no fallback.
    render(
      <Suspense fallback={<Fallback />}>
        <Count input={input} />
      </Suspense>,
    );
    expect(screen.getByText('314 项核验')).toBeDefined();
    expect(fallbacks).toBe(0);
    // React's rule for use(): called on every render, also the one after it suspended.
    expect(errors.mock.calls.flat().join(' ')).not.toContain('use()');
    errors.mockRestore();
  });
});
