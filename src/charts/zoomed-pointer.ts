/**
 * Pointer positions for a chart drawn under CSS `zoom` (汇报模式 shrinks a slide's screen
 * with `zoom` on the view, see src/features/present/slide-pager.ts).
 *
 * Why: ZRender (ECharts' renderer) takes a mouse event's `offsetX` / `offsetY` as the
 * position in the canvas's own pixels. Under CSS zoom on an ancestor, Chromium (128 and
 * later, standardized zoom) reports `offsetX` in zoomed, on-screen pixels while the canvas
 * keeps drawing in its own unzoomed pixels, so at zoom 0.6 a hover lands at 60 % of the way
 * to the block under the pointer: the tooltip shows the wrong block or none. ECharts has no
 * option for an ancestor's zoom, so the chart wrapper corrects the event before ZRender
 * reads it: a capture-phase listener on the chart's container (which runs before ZRender's
 * own listeners on its root inside) sets `offsetX` / `offsetY` from `clientX` / `clientY`
 * and the root's on-screen box, scaled by its own size over its on-screen size. Without
 * zoom the two sizes are equal and the event is left alone.
 */

/** The mouse and pointer events ZRender listens to on its root (zrender HandlerProxy). */
const EVENTS = [
  'click',
  'dblclick',
  'wheel',
  'mousewheel',
  'mouseout',
  'mouseup',
  'mousedown',
  'mousemove',
  'contextmenu',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerout',
] as const;

/** The element's on-screen box (getBoundingClientRect) and its own size (offsetWidth/Height). */
export interface ZoomedBox {
  left: number;
  top: number;
  width: number;
  height: number;
  ownWidth: number;
  ownHeight: number;
}

/**
 * The point (clientX, clientY) in the element's own, unzoomed pixels, or null when the
 * element is not scaled (its on-screen size equals its own size within 0.1 %) or has no size.
 */
export function unzoomedPoint(
  clientX: number,
  clientY: number,
  box: ZoomedBox,
): { x: number; y: number } | null {
  if (box.width <= 0 || box.height <= 0 || box.ownWidth <= 0 || box.ownHeight <= 0) return null;
  const sx = box.ownWidth / box.width;
  const sy = box.ownHeight / box.height;
  if (Math.abs(sx - 1) < 0.001 && Math.abs(sy - 1) < 0.001) return null;
  return { x: (clientX - box.left) * sx, y: (clientY - box.top) * sy };
}

/**
 * Corrects the pointer events of the chart in `container` (the element given to
 * echarts.init) while it is drawn under CSS zoom.
 * @returns a function that removes the listeners
 */
export function correctZoomedPointer(container: HTMLElement): () => void {
  const onEvent = (e: Event) => {
    if (!(e instanceof MouseEvent)) return;
    // ZRender's root: the first element ECharts puts in the container (the tooltip comes later).
    const root = container.firstElementChild;
    if (!(root instanceof HTMLElement) || !(e.target instanceof Node) || !root.contains(e.target)) return;
    const rect = root.getBoundingClientRect();
    const point = unzoomedPoint(e.clientX, e.clientY, {
      left: rect.left,
      top: rect.top,
      width: rect.width,
      height: rect.height,
      ownWidth: root.offsetWidth,
      ownHeight: root.offsetHeight,
    });
    if (!point) return;
    Object.defineProperty(e, 'offsetX', { configurable: true, value: point.x });
    Object.defineProperty(e, 'offsetY', { configurable: true, value: point.y });
  };
  for (const name of EVENTS) container.addEventListener(name, onEvent, { capture: true });
  return () => {
    for (const name of EVENTS) container.removeEventListener(name, onEvent, { capture: true });
  };
}
