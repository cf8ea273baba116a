import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FRAME_ANCESTORS,
  FRAME_ANCESTORS_ENV,
  contentSecurityPolicy,
  parseFrameAncestors,
  securityHeaders,
} from './security-headers';

describe('security headers', () => {
  it('is strict for scripts and styles and frames only from the app itself by default', () => {
    expect(securityHeaders({})).toEqual({
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self' 'sha256-AqpU3GqZoGtgFY10wAqeedYJQ+9s+uZ4KmzTUwqV3jM='; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      'X-Content-Type-Options': 'nosniff',
    });
    expect(DEFAULT_FRAME_ANCESTORS).toBe("'self'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe/);
  });

  it("runs workers (导入's import worker, pdf.js's worker) only from the app's own files", () => {
    // No worker-src or child-src: workers fall back to script-src 'self', so the two module
    // workers in assets/ start and a blob: or data: worker (an injected script) does not.
    const policy = contentSecurityPolicy();
    expect(policy).not.toMatch(/worker-src|child-src|blob:|data:/);
    // 'self' plus only the hash of index.html's one fixed line (the trailing-slash fix)
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;/);
  });

  it('takes frame-ancestors from BUDGET_LENS_FRAME_ANCESTORS', () => {
    const headers = securityHeaders({
      [FRAME_ANCESTORS_ENV]: "  'self'   https://www.example.gov.cn https://*.portal.example.gov.cn:8443 ",
    });
    expect(headers['Content-Security-Policy']).toMatch(
      /; frame-ancestors 'self' https:\/\/www\.example\.gov\.cn https:\/\/\*\.portal\.example\.gov\.cn:8443$/,
    );
    expect(parseFrameAncestors('*')).toBe('*');
    expect(parseFrameAncestors("'none'")).toBe("'none'");
  });

  it('rejects a value that is not a list of origins, naming the bad source in Chinese', () => {
    expect(() => parseFrameAncestors('   ')).toThrow('BUDGET_LENS_FRAME_ANCESTORS 为空');
    expect(() => parseFrameAncestors('self')).toThrow('“self” 不是有效的 frame-ancestors 源');
    expect(() => parseFrameAncestors('https://portal.example.gov.cn/budget/')).toThrow(
      '“https://portal.example.gov.cn/budget/” 不是有效的',
    );
    expect(() => parseFrameAncestors("'self'; script-src *")).toThrow("“'self';” 不是有效的");
    expect(() => parseFrameAncestors("'none' 'self'")).toThrow("'none' 不能与其他源同时使用");
  });

  it('docs/deployment.md prints exactly this policy in every example (header, nginx, _headers)', () => {
    const doc = readFileSync('docs/deployment.md', 'utf8');
    const policies = [...doc.matchAll(/default-src[^"\n]*/g)].map((m) => m[0]);
    expect(policies.length).toBeGreaterThanOrEqual(4);
    const [base] = contentSecurityPolicy().split('frame-ancestors');
    for (const policy of policies) {
      const [head, frameAncestors] = policy.split('frame-ancestors');
      expect(head).toBe(base);
      expect(contentSecurityPolicy(frameAncestors!.trim())).toBe(policy);
    }
    expect(policies[0]).toBe(contentSecurityPolicy());
  });
});
