import { describe, expect, it } from 'vitest';
import { stickyQueryIntoHash, withSticky } from './url';

describe('stickyQueryIntoHash: ?embed=1 before the # works like inside the hash', () => {
  it('moves embed from the page query into the hash route', () => {
    expect(stickyQueryIntoHash('https://x.gov.cn/lens/?embed=1#/function/206')).toBe(
      'https://x.gov.cn/lens/#/function/206?embed=1',
    );
  });
  it('keeps the route query and other page parameters, and a value already in the hash wins', () => {
    expect(
      stickyQueryIntoHash(
        'https://x.gov.cn/lens/index.html?utm=a&embed=1&d=339-2024#/function/206?measure=basic&d=putuo-finance-2024-final',
      ),
    ).toBe(
      'https://x.gov.cn/lens/index.html?utm=a#/function/206?measure=basic&d=putuo-finance-2024-final&embed=1',
    );
  });
  it('opens the overview when the page has no hash route yet', () => {
    expect(stickyQueryIntoHash('http://127.0.0.1:8080/?embed=1')).toBe(
      'http://127.0.0.1:8080/#/overview?embed=1',
    );
  });
  it('leaves a URL without sticky parameters alone', () => {
    expect(stickyQueryIntoHash('https://x.gov.cn/lens/?utm=a#/overview')).toBeNull();
    expect(stickyQueryIntoHash('https://x.gov.cn/lens/#/overview?embed=1')).toBeNull();
  });
  it('the moved parameters then follow in-app links like any sticky parameter', () => {
    const moved = new URL(stickyQueryIntoHash('https://x.gov.cn/?embed=1#/overview')!);
    expect(withSticky('/change', moved.hash.slice(moved.hash.indexOf('?')))).toBe('/change?embed=1');
  });
});
