import { describe, expect, it } from 'vitest';
import { unzoomedPoint } from './zoomed-pointer';

describe('unzoomedPoint', () => {
  it('maps an on-screen point of a chart under zoom 0.6 to its own pixels', () => {
    // A 1000×400 chart at zoom 0.6: 600×240 on screen, its top left at (100, 50).
    const box = { left: 100, top: 50, width: 600, height: 240, ownWidth: 1000, ownHeight: 400 };
    expect(unzoomedPoint(400, 170, box)).toEqual({ x: 500, y: 200 });
    expect(unzoomedPoint(100, 50, box)).toEqual({ x: 0, y: 0 });
  });

  it('leaves an unzoomed chart alone (the browser’s offsetX is right)', () => {
    const box = { left: 10, top: 10, width: 1000, height: 400, ownWidth: 1000, ownHeight: 400 };
    expect(unzoomedPoint(500, 200, box)).toBeNull();
    expect(unzoomedPoint(500, 200, { ...box, width: 1000.4 })).toBeNull();
    expect(unzoomedPoint(5, 5, { ...box, width: 0, height: 0 })).toBeNull();
  });
});
