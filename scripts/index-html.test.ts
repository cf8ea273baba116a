import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, INDEX_INLINE_SCRIPT_HASH } from './security-headers';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

/** Every classic inline script of index.html (the module entry has a src). */
const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe('index.html inline script (the trailing-slash fix for sub-folder hosts)', () => {
  it('is the only inline script, and the CSP allows exactly it by its sha256 hash', () => {
    expect(inlineScripts).toHaveLength(1);
    const hash = createHash('sha256').update(inlineScripts[0]!, 'utf8').digest('base64');
    expect(INDEX_INLINE_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    expect(contentSecurityPolicy()).toContain(`script-src 'self' 'sha256-${hash}';`);
  });

  it('adds the slash to a folder URL only (never to …/ or …/index.html), keeping query and hash', () => {
    const run = (href: string): string | null => {
      const url = new URL(href);
      let replaced: string | null = null;
      const location = {
        pathname: url.pathname,
        search: url.search,
        hash: url.hash,
        replace: (to: string) => {
          replaced = to;
        },
      };
      new Function('location', inlineScripts[0]!)(location);
      return replaced;
    };
    expect(run('https://x.gov.cn/budget/2024?embed=1#/function/206')).toBe(
      '/budget/2024/?embed=1#/function/206',
    );
    expect(run('https://x.gov.cn/budget/2024/#/overview')).toBeNull();
    expect(run('https://x.gov.cn/budget/2024/index.html#/overview')).toBeNull();
    expect(run('https://x.gov.cn/')).toBeNull();
  });
});
