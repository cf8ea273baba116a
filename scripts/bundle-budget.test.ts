import { describe, expect, it } from 'vitest';
import { classicScriptFiles, hydrationFiles } from './bundle-budget';
import type { Manifest } from './manifest';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/features/function/function-page.tsx'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_decimal.js': { file: 'assets/decimal.js' },
  'src/features/overview/overview-page.tsx': {
    file: 'assets/overview.js',
    imports: ['_decimal.js', '_react.js'],
  },
  'src/features/function/function-page.tsx': { file: 'assets/function.js', imports: ['_echarts.js'] },
  '_echarts.js': { file: 'assets/echarts.js' },
  'src/data/load.ts': { file: 'assets/load.js', imports: ['_zod.js'] },
  '_zod.js': { file: 'assets/zod.js' },
};

describe('bundle budget: the JS before the prerendered overview is live', () => {
  it('is the entry, the named modules and their static imports, never a dynamic import', () => {
    expect(
      hydrationFiles(manifest, ['src/features/overview/overview-page.tsx', 'src/data/load.ts']).sort(),
    ).toEqual([
      'assets/decimal.js',
      'assets/index.js',
      'assets/load.js',
      'assets/overview.js',
      'assets/react.js',
      'assets/zod.js',
    ]);
  });

  it('names a module the manifest lacks (renamed: the list must follow)', () => {
    expect(() => hydrationFiles(manifest, ['src/domain/checks.ts'])).toThrow(
      'manifest: no chunk for src/domain/checks.ts',
    );
  });
});

describe('bundle budget: the JS before the first figure (classic scripts of index.html)', () => {
  it('is every script the parser runs where it meets it, not the deferred module entry', () => {
    const html =
      '<head><script>if(1)location.replace("x")</script>' +
      '<script type="module" crossorigin src="./assets/index-1.js"></script></head>' +
      '<body><template data-route="overview"></template><div id="root"></div>' +
      '<script src="./assets/first-screen-2.js"></script><script async src="./assets/a.js"></script>' +
      '<script defer src="./assets/d.js"></script></body>';
    expect(classicScriptFiles(html)).toEqual(['assets/first-screen-2.js']);
  });
});
