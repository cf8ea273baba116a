// ESLint flat config: TypeScript, React hooks, accessibility (jsx-a11y), Prettier last.
// Layering (docs/architecture.md): domain is pure (no React, no fetch, no store); features
// do not import each other; links between views go through routes.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    },
  },
  prettier,
);
