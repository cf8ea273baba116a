/**
 * The lint rules of issue 9 ("no script from data") really fire: each snippet below is linted
 * with the project's eslint.config.js as if it were a file in src/, and must be reported by
 * the named rule with its Chinese message. If a rule is removed or its selector breaks, this
 * fails.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const CASES: [string, string, string, RegExp][] = [
  [
    'dangerouslySetInnerHTML',
    'src/components/x.tsx',
    'export const X = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;\n',
    /禁止 dangerouslySetInnerHTML/,
  ],
  [
    'innerHTML assignment',
    'src/app/x.ts',
    'export function f(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n}\n',
    /禁止给 innerHTML \/ outerHTML 赋值/,
  ],
  [
    'outerHTML assignment',
    'src/app/x.ts',
    'export function f(el: HTMLElement, s: string) {\n  el.outerHTML += s;\n}\n',
    /禁止给 innerHTML \/ outerHTML 赋值/,
  ],
  [
    'insertAdjacentHTML',
    'src/app/x.ts',
    "export function f(el: HTMLElement, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n",
    /禁止 insertAdjacentHTML/,
  ],
  [
    'document.write',
    'src/app/x.ts',
    'export function f(s: string) {\n  document.write(s);\n}\n',
    /禁止 document\.write/,
  ],
  ['eval', 'src/app/x.ts', 'export function f(s: string) {\n  return eval(s);\n}\n', /eval/],
  [
    'new Function',
    'src/app/x.ts',
    "export function f(s: string) {\n  return new Function('x', s);\n}\n",
    /Function/,
  ],
  [
    'string-argument setTimeout',
    'src/app/x.ts',
    "export function f() {\n  setTimeout('alert(1)', 10);\n}\n",
    /eval/,
  ],
  [
    'formatter in a feature (must come from src/charts/chart-text.ts)',
    'src/features/overview/x.ts',
    'export const o = { tooltip: { formatter: (p: { name: string }) => `<b>${p.name}</b>` } };\n',
    /formatter 只能来自 src\/charts\/chart-text\.ts/,
  ],
];

const RULE: Record<string, string> = {
  eval: 'no-eval',
  'new Function': 'no-new-func',
  'string-argument setTimeout': 'no-implied-eval',
  'document.write': 'no-restricted-properties',
};

describe('lint forbids HTML sinks and code from strings in src/', () => {
  // Loading the config and its plugins takes seconds on a busy 2-core machine: once, up front.
  beforeAll(() => lint('export {};\n', 'src/app/x.ts'), 60_000);

  it.each(CASES)('%s', { timeout: 20_000 }, async (name, filePath, code, message) => {
    const messages = await lint(code, filePath);
    const rule = RULE[name] ?? 'no-restricted-syntax';
    expect(messages.filter((m) => m.rule === rule).map((m) => m.message)).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it('leaves textContent, function timers and chart-text helpers alone', { timeout: 20_000 }, async () => {
    const code = [
      "import { labelText } from '../../charts/chart-text';",
      'export function f(el: HTMLElement, s: string) {',
      '  el.textContent = s;',
      '  setTimeout(() => el.remove(), 10);',
      '  return { label: { show: true, ...labelText(s) } };',
      '}',
      '',
    ].join('\n');
    expect(await lint(code, 'src/features/overview/x.ts')).toEqual([]);
  });
});
