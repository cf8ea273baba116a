/**
 * The first draw of each chart in several tasks (issue 12: no long task on a page of several
 * charts). A view mounts its charts in one commit; initialising ECharts and laying out each
 * option (text measured, blocks placed) all in that commit made one task of several hundred
 * milliseconds on a slow phone. Here each chart's first draw is a list of steps (in
 * ./echart-impl.tsx: ECharts' init, then its first setOption with lazyUpdate, whose rendering
 * ECharts does in its own next frame). The charts wait their turn in one queue, in mount
 * (document) order, and each step runs in a macrotask of its own, so the browser paints and
 * answers input between them. Later option updates (a drill, a measure switch) are drawn at
 * once.
 */
import { queueTask } from '../domain/next-task';

/**
 * One step of a chart's first draw. It runs once, in a task of its own. It may return a
 * promise (e.g. one that settles once a frame has rendered what the step set up): the next
 * step, of this chart or of the next one, then runs in a task after the promise settles.
 */
export type DrawStep = () => void | PromiseLike<unknown>;

/** A chart's steps still to run (the head of the queue may be waiting for its last step). */
interface Job {
  steps: DrawStep[];
}

const queue: Job[] = [];
let scheduled = false;

/** A step that threw (or whose promise rejected): reported, and the chart's later steps dropped. */
function fail(job: Job, error: unknown): void {
  console.error(error);
  const i = queue.indexOf(job);
  if (i >= 0) queue.splice(i, 1);
}

/** After a step: the next one in a task of its own, or the queue idle. */
function next(): void {
  if (queue.length > 0) queueTask(runStep);
  else scheduled = false;
}

/** Runs the head chart's next step (one per task); a chart leaves the queue with its last step. */
function runStep(): void {
  const job = queue[0];
  const step = job?.steps.shift();
  if (!job || !step) {
    if (job) queue.shift();
    next();
    return;
  }
  if (job.steps.length === 0) queue.shift();
  let wait: void | PromiseLike<unknown>;
  try {
    wait = step();
  } catch (error) {
    // A step that throws must not stall the charts queued after it.
    fail(job, error);
    next();
    return;
  }
  if (wait && typeof wait.then === 'function') {
    wait.then(next, (error: unknown) => {
      fail(job, error);
      next();
    });
  } else next();
}

/**
 * Queues a chart's first draw, after the charts queued before it.
 *
 * @param steps  the draw's steps, in order; each runs once, in a task of its own, never in the
 *   queuing task (a step returning a promise holds the queue until it settles). A step that
 *   throws or rejects is reported on the console; the chart's later steps are dropped and the
 *   charts after it still draw.
 * @returns a cancel function (the chart unmounted before it was drawn): the steps not yet run
 *   never run; a step already running is not interrupted (its promise still holds the queue).
 */
export function queueFirstDraw(...steps: DrawStep[]): () => void {
  const job: Job = { steps: [...steps] };
  if (job.steps.length === 0) return () => {};
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    queueTask(runStep);
  }
  return () => {
    job.steps.length = 0;
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
