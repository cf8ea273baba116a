import { describe, expect, it } from 'vitest';
import { isSafeRoute, navigateMessage, parseMessage, resizeMessage, routeOf } from './protocol';

describe('embed protocol v1', () => {
  it('builds messages with source, version and type', () => {
    expect(resizeMessage(812.2)).toEqual({
      source: 'budget-lens',
      version: 1,
      type: 'budget-lens:resize',
      height: 813,
    });
    expect(navigateMessage('function/206')).toEqual({
      source: 'budget-lens',
      version: 1,
      type: 'budget-lens:navigate',
      route: 'function/206',
    });
  });

  it('accepts exactly the protocol and nothing else', () => {
    expect(parseMessage(navigateMessage('basic-project/206?project=13020824P00021510002F'))).toEqual(
      navigateMessage('basic-project/206?project=13020824P00021510002F'),
    );
    expect(parseMessage(resizeMessage(640))).toEqual(resizeMessage(640));
    const foreign = [
      null,
      'budget-lens:navigate',
      { type: 'budget-lens:navigate', route: 'change' }, // no source/version
      { source: 'other-app', version: 1, type: 'budget-lens:navigate', route: 'change' },
      { source: 'budget-lens', version: 2, type: 'budget-lens:navigate', route: 'change' },
      { source: 'budget-lens', version: 1, type: 'budget-lens:explode', route: 'change' },
      { source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: 42 },
      { source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: 'javascript:alert(1)' },
      { source: 'budget-lens', version: 1, type: 'budget-lens:navigate', route: '//evil.example/x' },
      { source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: -1 },
      { source: 'budget-lens', version: 1, type: 'budget-lens:resize', height: Number.NaN },
    ];
    for (const m of foreign) expect(parseMessage(m)).toBeNull();
  });

  it('only lets relative, printable routes through', () => {
    expect(isSafeRoute('present?slides=overview,function%2F206&slide=2')).toBe(true);
    expect(isSafeRoute('function/206 x')).toBe(false);
    expect(isSafeRoute('https://example.org/')).toBe(false);
    expect(isSafeRoute('a\\b')).toBe(false);
    expect(isSafeRoute('x'.repeat(2001))).toBe(false);
  });

  it('derives the route from a location without the embed parameter', () => {
    expect(routeOf('/function/206', '?measure=basic&embed=1')).toBe('function/206?measure=basic');
    expect(routeOf('/overview', '?embed=1')).toBe('overview');
    expect(routeOf('/overview', '?d=339-2024&embed=1')).toBe('overview?d=339-2024');
  });
});
