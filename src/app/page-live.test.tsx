// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot, createRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HydrationPhase, PrerenderPhase, useBrowserValue } from './page-live';

// React's act() warnings need this flag in a plain jsdom test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A browser value the server cannot know: the phone layout (375 px) against the build's wide pass. */
let screenWidth = 375;
const listeners = new Set<() => void>();
const subscribe = (notify: () => void) => {
  listeners.add(notify);
  return () => listeners.delete(notify);
};
const narrowNow = () => screenWidth <= 600;
const narrowOnServer = () => false;

/** Renders each render's value, so the test sees what each pass drew. */
const renders: boolean[] = [];
function Layout() {
  const narrow = useBrowserValue(subscribe, narrowNow, narrowOnServer);
  renders.push(narrow);
  return <p>{narrow ? '紧凑布局' : '宽屏布局'}</p>;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  renders.length = 0;
  screenWidth = 375;
  document.body.replaceChildren();
});

describe('useBrowserValue', () => {
  it('is the server snapshot in the build-time render', () => {
    expect(
      renderToString(
        <PrerenderPhase>
          <Layout />
        </PrerenderPhase>,
      ),
    ).toBe('<p>宽屏布局</p>');
  });

  it('hydrates the prerendered value without a mismatch, then takes the screen’s in a later render', async () => {
    const container = document.createElement('div');
    // The prerendered HTML, as the build wrote it.
    const paragraph = document.createElement('p');
    paragraph.textContent = '宽屏布局';
    container.append(paragraph);
    document.body.append(container);
    const errors: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        <HydrationPhase>
          <Layout />
        </HydrationPhase>,
        { onRecoverableError: (error) => errors.push(error) },
      );
    });
    expect(errors).toEqual([]);
    // The hydration's render used the server value, the switch came as a render of its own.
    expect(renders[0]).toBe(false);
    expect(renders.at(-1)).toBe(true);
    expect(container.textContent).toBe('紧凑布局');
    // Adopted, not drawn again: the same element, its text updated.
    expect(container.firstChild).toBe(paragraph);
  });

  it('follows the screen once live, and a page the client renders itself starts with the screen’s value', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      root = createRoot(container);
      root.render(<Layout />);
    });
    expect(renders).toEqual([true]);
    await act(async () => {
      screenWidth = 1280;
      listeners.forEach((notify) => notify());
    });
    expect(container.textContent).toBe('宽屏布局');
  });
});
