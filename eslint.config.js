// ESLint flat config: TypeScript, React hooks, accessibility (jsx-a11y), Prettier last.
// Layering (docs/architecture.md): domain is pure (no React, no fetch, no store); features
// do not import each other; links between views go through routes.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Text from a dataset is data, never markup (issue 9): no HTML sinks and no code from strings
// anywhere in src/. Kept in a constant because a later block's no-restricted-syntax replaces
// an earlier one's for the files both match (src/features adds the formatter rule).
const NO_HTML = '数据文本不得成为 HTML：用 textContent 或 React 的文本节点。';
const HTML_SINKS = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: `禁止 dangerouslySetInnerHTML。${NO_HTML}`,
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: `禁止 dangerouslySetInnerHTML。${NO_HTML}`,
  },
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: `禁止给 innerHTML / outerHTML 赋值。${NO_HTML}`,
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: `禁止 insertAdjacentHTML。${NO_HTML}`,
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: `禁止 createContextualFragment。${NO_HTML}`,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'test-results*',
      'playwright-report',
      'node_modules',
      'public/embed.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: `禁止 document.write。${NO_HTML}` },
        { object: 'document', property: 'writeln', message: `禁止 document.writeln。${NO_HTML}` },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/domain/**/*.ts', 'src/ingest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'echarts', 'echarts/*'],
              message: 'domain/ingest 是纯 TypeScript：不依赖 React、状态或图表。',
            },
            {
              group: [
                '**/store/*',
                '**/app/*',
                '**/features/*',
                '**/components/*',
                '**/charts/*',
                '**/data/*',
              ],
              message: 'domain/ingest 只能依赖 domain。',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'domain/ingest 不做 I/O。' }],
    },
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./[^./][^/]*/|(\\.\\./)+features/)',
              message: '视图之间不互相导入：通过路由链接。共享部分放到 components/ 或 domain/。',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        {
          selector: "Property[key.name='formatter']",
          message:
            '图表的 formatter 只能来自 src/charts/chart-text.ts（chartTooltip / labelText / labelFormatter）：数据文本不得成为 HTML、模板或富文本标记。',
        },
      ],
    },
  },
  {
    // One zod, configured once (jitless: no eval probe under the CSP): see src/domain/zod.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: '从 src/domain/zod.ts 导入 z（它先设置 jitless，避免在 CSP 下触发 eval）。',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
