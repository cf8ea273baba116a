import { describe, expect, it, vi } from 'vitest';
import { queueFirstDraw } from './first-draw';

/** Resolves after `n` macrotasks. */
const tasks = (n: number) =>
  Array.from({ length: n }).reduce<Promise<void>>(
    (p) => p.then(() => new Promise<void>((r) => setTimeout(r, 0))),
    Promise.resolve(),
  );

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('queueFirstDraw', () => {
  it('runs the queued draws in order, one per task, never in the queuing task', async () => {
    const ran: string[] = [];
    queueFirstDraw(() => void ran.push('a'));
    queueFirstDraw(() => void ran.push('b'));
    queueFirstDraw(() => void ran.push('c'));
    expect(ran).toEqual([]);
    await tasks(1);
    expect(ran).toEqual(['a']);
    await tasks(1);
    expect(ran).toEqual(['a', 'b']);
    await tasks(2);
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it("runs each chart's steps in order, each in a task of its own, a chart's all before the next's", async () => {
    const ran: string[] = [];
    queueFirstDraw(
      () => void ran.push('a:init'),
      () => void ran.push('a:option'),
      () => void ran.push('a:after'),
    );
    queueFirstDraw(
      () => void ran.push('b:init'),
      () => void ran.push('b:option'),
    );
    expect(ran).toEqual([]);
    const seen: string[][] = [];
    for (let i = 0; i < 5; i++) {
      await tasks(1);
      seen.push([...ran]);
    }
    expect(seen).toEqual([
      ['a:init'],
      ['a:init', 'a:option'],
      ['a:init', 'a:option', 'a:after'],
      ['a:init', 'a:option', 'a:after', 'b:init'],
      ['a:init', 'a:option', 'a:after', 'b:init', 'b:option'],
    ]);
  });

  it("holds the queue while a step's promise is pending, and goes on in a later task", async () => {
    const ran: string[] = [];
    const frame = deferred();
    queueFirstDraw(
      () => {
        ran.push('a:option');
        return frame.promise;
      },
      () => void ran.push('a:after'),
    );
    queueFirstDraw(() => void ran.push('b:init'));
    await tasks(5);
    expect(ran).toEqual(['a:option']);
    frame.resolve();
    // Not in the settling microtasks: the next step has a task of its own.
    await Promise.resolve();
    await Promise.resolve();
    expect(ran).toEqual(['a:option']);
    await tasks(1);
    expect(ran).toEqual(['a:option', 'a:after']);
    await tasks(1);
    expect(ran).toEqual(['a:option', 'a:after', 'b:init']);
  });

  it('drops a cancelled draw (a chart unmounted before its turn) and runs the others', async () => {
    const ran: string[] = [];
    queueFirstDraw(() => void ran.push('kept'));
    const cancel = queueFirstDraw(
      () => void ran.push('cancelled:init'),
      () => void ran.push('cancelled:option'),
    );
    queueFirstDraw(() => void ran.push('last'));
    cancel();
    await tasks(5);
    expect(ran).toEqual(['kept', 'last']);
  });

  it("skips a chart's later steps once cancelled between steps, or while a step's promise is pending", async () => {
    const ran: string[] = [];
    const cancelA = queueFirstDraw(
      () => void ran.push('a:init'),
      () => void ran.push('a:option'),
    );
    const frame = deferred();
    const cancelB = queueFirstDraw(
      () => {
        ran.push('b:init');
        return frame.promise;
      },
      () => void ran.push('b:option'),
    );
    queueFirstDraw(() => void ran.push('c:init'));
    await tasks(1);
    expect(ran).toEqual(['a:init']);
    cancelA();
    await tasks(1);
    expect(ran).toEqual(['a:init', 'b:init']);
    cancelB();
    frame.resolve();
    await tasks(4);
    expect(ran).toEqual(['a:init', 'b:init', 'c:init']);
    // Cancelling a drawn chart is harmless.
    cancelA();
    cancelB();
  });

  it('reports a draw that throws and still runs the ones after it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ran: string[] = [];
    queueFirstDraw(() => {
      throw new Error('init failed');
    });
    queueFirstDraw(() => void ran.push('after'));
    await tasks(3);
    expect(ran).toEqual(['after']);
    expect(errors).toHaveBeenCalledWith(new Error('init failed'));
    errors.mockRestore();
  });

  it("drops a chart's later steps when a step throws or rejects, and draws the next chart", async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ran: string[] = [];
    queueFirstDraw(
      () => {
        throw new Error('init failed');
      },
      () => void ran.push('a:option'),
    );
    const frame = deferred();
    queueFirstDraw(
      () => frame.promise,
      () => void ran.push('b:option'),
    );
    queueFirstDraw(() => void ran.push('c:init'));
    await tasks(3);
    frame.reject(new Error('frame failed'));
    await tasks(4);
    expect(ran).toEqual(['c:init']);
    expect(errors).toHaveBeenCalledWith(new Error('init failed'));
    expect(errors).toHaveBeenCalledWith(new Error('frame failed'));
    errors.mockRestore();
  });
});
