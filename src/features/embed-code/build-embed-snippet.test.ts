import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, embedFrameUrl, embedScriptUrl, escapeAttribute } from './build-embed-snippet';

const PAGE = 'https://budget.example.gov.cn/fengrun/index.html?utm=x#/function/206?measure=basic';

describe('嵌入代码 snippet', () => {
  it('points the frame at the same deep link with embed=1', () => {
    expect(embedFrameUrl(PAGE, 'function/206?measure=basic')).toBe(
      'https://budget.example.gov.cn/fengrun/index.html#/function/206?measure=basic&embed=1',
    );
    expect(embedFrameUrl('http://127.0.0.1:4173/#/overview', 'overview')).toBe(
      'http://127.0.0.1:4173/#/overview?embed=1',
    );
  });

  it('loads embed.js from next to the app', () => {
    expect(embedScriptUrl(PAGE)).toBe('https://budget.example.gov.cn/fengrun/embed.js');
  });

  it('is a sandboxed, lazy, titled iframe plus the host script', () => {
    const snippet = buildEmbedSnippet(PAGE, 'change', '与 2023 年比较 · 丰润区工业和信息化局 "2024"');
    const [iframe, script] = snippet.split('\n');
    expect(iframe).toContain('src="https://budget.example.gov.cn/fengrun/index.html#/change?embed=1"');
    // Same origin as the app's server: scripts and data load from any static host, no CORS header.
    expect(iframe).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('title="与 2023 年比较 · 丰润区工业和信息化局 &quot;2024&quot;"');
    expect(iframe).toContain('data-budget-lens data-budget-lens-hash="budget"');
    expect(iframe).not.toMatch(/allow-top-navigation|allow-forms|allow-modals/);
    expect(script).toBe('<script src="https://budget.example.gov.cn/fengrun/embed.js" defer></script>');
  });

  it('escapes attribute values', () => {
    expect(escapeAttribute('a&b<"c">')).toBe('a&amp;b&lt;&quot;c&quot;&gt;');
  });
});
