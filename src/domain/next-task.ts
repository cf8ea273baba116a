/**
 * Macrotasks for work split into pieces (issue 12: no long task on a phone): the browser can
 * paint and answer input between them.
 */

/**
 * Runs `run` in a new macrotask soon: `scheduler.postTask` where the browser has it (ordered,
 * not clamped like nested timers), else a zero-delay timer (jsdom, older browsers).
 */
export function queueTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void) => unknown } }).scheduler;
  if (typeof scheduler?.postTask === 'function') scheduler.postTask(run);
  else setTimeout(run, 0);
}

/** Resolves in a new macrotask (queueTask), so the work after it is a task of its own. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => queueTask(resolve));
}
