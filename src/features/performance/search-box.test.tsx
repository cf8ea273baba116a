// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_VALUE_LENGTH } from '../../app/url-validation';
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

  it('ignores input while a composition begun before the page was live goes on', () => {
    const { onCommit, box } = setup();
    // No compositionstart reached React; the input events say they are composing.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(box, 'many');
    fireEvent(box, new InputEvent('input', { bubbles: true, isComposing: true }));
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS * 2));
    expect(onCommit).not.toHaveBeenCalled();
    setValue.call(box, '满意');
    fireEvent(box, new InputEvent('input', { bubbles: true, isComposing: false }));
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('满意', false);
  });

  it('takes up text typed into the prerendered box before it was live, and searches it', () => {
    const onCommit = vi.fn<(q: string, now: boolean) => void>();
    const element = <SearchBox id="q" value="" onCommit={onCommit} testId="box" />;
    const container = document.createElement('div');
    // The server's HTML, as the prerendered page holds it.
    container.append(
      ...new DOMParser().parseFromString(renderToString(element), 'text/html').body.childNodes,
    );
    document.body.append(container);
    const box = container.querySelector('input')!;
    box.value = '满意度'; // typed while the page was still starting
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, element);
    });
    expect(box.value).toBe('满意度');
    expect(onCommit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(SEARCH_COMMIT_MS));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('满意度', false);
    act(() => root!.unmount());
    container.remove();
  });

  it('holds at most the longest query a link may carry, and says so when full', () => {
    const { box } = setup();
    expect(box.maxLength).toBe(MAX_VALUE_LENGTH);
    const hint = screen.getByRole('status');
    expect(hint).toHaveProperty('textContent', '');
    fireEvent.change(box, { target: { value: '满'.repeat(MAX_VALUE_LENGTH) } });
    expect(hint).toHaveProperty('textContent', `搜索词最多 ${MAX_VALUE_LENGTH} 个字`);
    expect(box.getAttribute('aria-describedby')).toBe(hint.id);
    fireEvent.change(box, { target: { value: '满意度' } });
    expect(hint).toHaveProperty('textContent', '');
    expect(box.hasAttribute('aria-describedby')).toBe(false);
  });
});
