/**
 * 数据核验 of a loaded dataset, off the first screen's path (issue 12). The store loads a
 * dataset (fetch, validation, model) and draws; the checks run only when something shows
 * them (the header badge, the checks banner, the 数据核验 / 说明 / 导入 views), once per
 * model, in idle time: runChecks' steps (src/domain/checks.ts checkSteps: one printed table,
 * or one group of checks, at a time) run while the browser has idle time left and yield
 * between slices, so no long task is added to the main thread. The results equal runChecks'.
 *
 * User Timing: `checks:<id>` spans the request to the last result (idle waits included); its
 * `detail.busyMs` is the main-thread time of the steps themselves. (`dataset:<id>`, from
 * src/store/data-store.ts, is fetch + validation + model.)
 */
import { startTransition, use, useEffect, useState } from 'react';
import type { BudgetModel } from '../domain/budget-model';
import type { CheckResult } from '../domain/check-result';
import type { Dataset } from '../domain/schema';

/** What the checks read: the model and the dataset's printed tables. */
export interface CheckInput {
  dataset: Dataset;
  budget: BudgetModel;
}

/** A slice of steps stops when less than this is left of the idle period, ms. */
const IDLE_MARGIN_MS = 2;
/**
 * The longest a slice runs before it yields, ms: without requestIdleCallback (Safari, Node)
 * every slice, and in an idle period longer than this.
 */
const SLICE_MS = 8;
/** The longest the checks wait for idle time before a slice runs anyway, ms. */
const IDLE_TIMEOUT_MS = 1000;

interface Deadline {
  timeRemaining(): number;
}

/** The next idle period (requestIdleCallback), or a timer's slice where there is none. */
function nextSlice(): Promise<Deadline> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback((d) => resolve(d), { timeout: IDLE_TIMEOUT_MS });
    else {
      setTimeout(() => {
        const end = performance.now() + SLICE_MS;
        resolve({ timeRemaining: () => end - performance.now() });
      }, 0);
    }
  });
}

interface Entry {
  promise: Promise<CheckResult[]>;
  value?: CheckResult[];
}

/** One computation per model: a model is built once per load, so this is once per dataset. */
const entries = new WeakMap<BudgetModel, Entry>();
const listeners = new Set<() => void>();

async function compute(input: CheckInput, id: string): Promise<CheckResult[]> {
  const requested = performance.now();
  const { checkSteps } = await import('../domain/checks');
  const steps = checkSteps(input.budget, input.dataset.tables);
  let busy = 0;
  for (;;) {
    const deadline = await nextSlice();
    const start = performance.now();
    let step = steps.next();
    // At least one step per slice (a timed-out idle callback has no time left), then as many
    // as the idle period holds, but for at most SLICE_MS: an idle period lasts up to 50 ms,
    // and a slice that long, on a CPU 4× slower than the deadline assumes, is a long task
    // that an input arriving meanwhile waits for.
    while (!step.done && deadline.timeRemaining() > IDLE_MARGIN_MS && performance.now() - start < SLICE_MS)
      step = steps.next();
    busy += performance.now() - start;
    if (step.done) {
      performance.measure(`checks:${id}`, {
        start: requested,
        end: performance.now(),
        detail: { busyMs: busy },
      });
      return step.value;
    }
  }
}

/**
 * The checks of a loaded dataset: started on the first call for its model, in idle steps;
 * later calls return the same promise.
 *
 * @param input  the loaded dataset (its model and printed tables)
 * @param id     the dataset's id (catalog or local), naming the `checks:<id>` measure
 * @returns every check result, as runChecks(input.budget, input.dataset.tables)
 */
export function datasetChecks(input: CheckInput, id: string): Promise<CheckResult[]> {
  let entry = entries.get(input.budget);
  if (!entry) {
    const promise: Promise<CheckResult[]> = compute(input, id).then((value) => {
      created.value = value;
      settled(promise, value);
      for (const l of listeners) l();
      return value;
    });
    const created: Entry = { promise };
    entry = created;
    entries.set(input.budget, entry);
  }
  return entry.promise;
}

/**
 * Marks a promise as fulfilled the way React's `use` reads it (`status`, `value`), so `use`
 * returns its value at once on any later render instead of suspending for a tick: the hooks
 * below then call `use` on every render, as React requires, without a flash of the fallback.
 */
function settled<T>(promise: Promise<T>, value: T): void {
  Object.assign(promise, { status: 'fulfilled', value });
}

/** Nothing to wait for: a promise `use` reads as fulfilled. */
const NOTHING_TO_HOLD: Promise<void> = Promise.resolve();
settled(NOTHING_TO_HOLD, undefined);

/** The longest a view is held for its checks (useChecksReady), ms. */
export const CHECKS_HOLD_MS = 1500;

/** Per model: settles when its checks are ready, fail, or CHECKS_HOLD_MS has passed. */
const holds = new WeakMap<BudgetModel, Promise<void>>();

/**
 * Suspends (React `use`) until the checks of a loaded dataset are ready, starting them if
 * need be, but for at most CHECKS_HOLD_MS; returns at once when they are ready. For a part
 * of the page that should appear with its checks, so their banner does not push it down
 * (the shell's view outlet on a page not hydrated from the prerender). Never throws: checks
 * that fail (or a chunk that does not load) release the hold, and the badge reports them.
 * @param input  the loaded dataset (undefined: nothing to wait for, and no use() call; the
 *   caller keeps it defined or undefined for the component's whole life)
 * @param id     its id
 */
export function useChecksReady(input: CheckInput | undefined, id: string): void {
  // Without anything to hold (the hydrated view) no use() at all: a use() there, even of a
  // fulfilled promise, made React reject the prerendered screen (error #418) and draw it
  // anew. The caller keeps `input` defined or undefined for a component's whole life.
  if (!input) return;
  let hold = holds.get(input.budget);
  if (!hold && entries.get(input.budget)?.value) hold = NOTHING_TO_HOLD;
  if (!hold) {
    const created: Promise<void> = Promise.race([
      datasetChecks(input, id).then(
        () => undefined,
        () => undefined,
      ),
      new Promise<void>((resolve) => setTimeout(resolve, CHECKS_HOLD_MS)),
    ]).then(() => settled(created, undefined));
    hold = created;
    holds.set(input.budget, hold);
  }
  use(hold!);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The checks of a loaded dataset when they are ready, else undefined (the caller shows that
 * they are still running); starts them after the first render. The results come in as a
 * transition, not as a synchronous store update: they arrive in idle time, often while React
 * is still hydrating the prerendered view, and a synchronous update of the shell there would
 * make React hydrate the rest of the view in one long task (issue 12). The render that
 * hydrates reads undefined, as the build-time render did: the checks start only in an effect.
 *
 * @param input  the loaded dataset, or undefined while none is
 * @param id     its id
 */
export function useDatasetChecks(
  input: CheckInput | undefined,
  id: string | undefined,
): CheckResult[] | undefined {
  // The last results seen, only to render again when they arrive (the same array: no render).
  const [, setSeen] = useState<CheckResult[]>();
  useEffect(() => {
    if (!input || !id) return;
    const arrived = () => {
      const value = entries.get(input.budget)?.value;
      if (value) startTransition(() => setSeen(value));
    };
    const unsubscribe = subscribe(arrived);
    void datasetChecks(input, id);
    // Ready between the render and this effect: no notification is left to come.
    arrived();
    return unsubscribe;
  }, [input, id]);
  return input ? entries.get(input.budget)?.value : undefined;
}

/**
 * The checks of a loaded dataset for a view that lists them: suspends (the shell's Suspense
 * shows its loading state) until they are ready.
 *
 * @param input  the loaded dataset
 * @param id     its id
 */
export function useDatasetChecksSuspended(input: CheckInput, id: string): CheckResult[] {
  // `use` on every render, with the same promise: datasetChecks keeps one per model, marked
  // fulfilled once done (so a view opened after the checks shows them at once).
  return use(datasetChecks(input, id));
}
