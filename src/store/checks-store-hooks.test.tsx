// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Suspense, type ReactNode } from 'react';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBudgetModel } from '../domain/budget-model';
import { datasetSchema } from '../domain/schema';
import { datasetChecks, useChecksReady, useDatasetChecks } from './checks-store';

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
    const input = load('putuo-planning-2024-final');
    let settled = false;
    void datasetChecks(input, 'putuo-planning-2024-final').then(() => (settled = true));
    await act(async () => {
      render(
        <Suspense fallback={<p>正在读取</p>}>
          <Held input={input}>
            <p>概览</p>
          </Held>
        </Suspense>,
      );
    });
    expect(screen.getByText('正在读取')).toBeDefined();
    expect(settled).toBe(false);
    await screen.findByText('概览');
    // Shown once the checks were done (they take far less than the hold's 1.5 s limit here).
    expect(settled).toBe(true);
  });
});
