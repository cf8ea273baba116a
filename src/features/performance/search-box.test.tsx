// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_COMMIT_MS, SearchBox } from './search-box';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
beforeEach(() => {
  vi.useFakeTimers();
});

function setup(value = '') {
  const onCommit = vi.fn<(q: string, now: boolean) => void>();
  render(<SearchBox id="q" value={value} onCommit={onCommit} testId="box" />);
  return { onCommit, box: screen.getByTestId('box') as HTMLInputElement };
}

describe('指标 search box', () => {
  it('writes the query after the pause, in a transition (now = false)', () => {
    const { onCommit, box } = setup();
    fireEvent.change(box, { target: { value: '满意度' } });
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS - 1));
    expect(onCommit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('满意度', false);
  });

  it('writes the query at once on Enter, asking for the result now (now = true)', () => {
    const { onCommit, box } = setup();
    fireEvent.change(box, { target: { value: '完成率' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('完成率', true);
    // The pending pause was cancelled: nothing is written twice.
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS * 2));
    expect(onCommit).toHaveBeenCalledOnce();
  });

  it('writes on blur in a transition, and not again when nothing changed', () => {
    const { onCommit, box } = setup('产出');
    fireEvent.blur(box);
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '产出指标' } });
    fireEvent.blur(box);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('产出指标', false);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledOnce();
  });

  it('writes nothing while an IME composes, and Enter that ends a composition is not a search', () => {
    const { onCommit, box } = setup();
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'man' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS * 2));
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '满' } });
    fireEvent.compositionEnd(box);
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('满', false);
  });
});
