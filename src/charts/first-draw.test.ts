import { describe, expect, it, vi } from 'vitest';
import { queueFirstDraw } from './first-draw';

/** Resolves after `n` macrotasks. */
const tasks = (n: number) =>
  Array.from({ length: n }).reduce<Promise<void>>(
    (p) => p.then(() => new Promise<void>((r) => setTimeout(r, 0))),
    Promise.resolve(),
  );

describe('queueFirstDraw', () => {
  it('runs the queued draws in order, one per task, never in the queuing task', async () => {
    const ran: string[] = [];
    queueFirstDraw(() => ran.push('a'));
    queueFirstDraw(() => ran.push('b'));
    queueFirstDraw(() => ran.push('c'));
    expect(ran).toEqual([]);
    await tasks(1);
    expect(ran).toEqual(['a']);
    await tasks(1);
    expect(ran).toEqual(['a', 'b']);
    await tasks(2);
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('drops a cancelled draw (a chart unmounted before its turn) and runs the others', async () => {
    const ran: string[] = [];
    queueFirstDraw(() => ran.push('kept'));
    const cancel = queueFirstDraw(() => ran.push('cancelled'));
    queueFirstDraw(() => ran.push('last'));
    cancel();
    await tasks(4);
    expect(ran).toEqual(['kept', 'last']);
  });

  it('reports a draw that throws and still runs the ones after it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ran: string[] = [];
    queueFirstDraw(() => {
      throw new Error('init failed');
    });
    queueFirstDraw(() => ran.push('after'));
    await tasks(3);
    expect(ran).toEqual(['after']);
    expect(errors).toHaveBeenCalledWith(new Error('init failed'));
    errors.mockRestore();
  });
});
