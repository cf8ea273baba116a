/**
 * The first draw of each chart in a task of its own (issue 12: no long task on a page of
 * several charts). A view mounts its charts in one commit; initialising ECharts and laying
 * out each option (text measured, blocks placed) all in that commit made one task of several
 * hundred milliseconds on a slow phone. Here each chart's first draw waits its turn in one
 * queue, in mount (document) order, one per macrotask, so the browser paints and answers
 * input between charts. Later option updates (a drill, a measure switch) are drawn at once.
 */

type Job = () => void;

const queue: Job[] = [];
let scheduled = false;

/** A macrotask soon: postTask where the browser has it (ordered, not clamped), else a timer. */
function nextTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void) => unknown } }).scheduler;
  if (typeof scheduler?.postTask === 'function') scheduler.postTask(run);
  else setTimeout(run, 0);
}

function runNext(): void {
  const job = queue.shift();
  try {
    job?.();
  } catch (error) {
    // A draw that throws is reported, and must not stall the charts queued after it.
    console.error(error);
  }
  if (queue.length > 0) nextTask(runNext);
  else scheduled = false;
}

/**
 * Queues a chart's first draw.
 *
 * @param job  initialises the chart and draws its option (runs once, in its own task)
 * @returns a cancel function (the chart unmounted before its turn: the job never runs)
 */
export function queueFirstDraw(job: Job): () => void {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    nextTask(runNext);
  }
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
