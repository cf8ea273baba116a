import { describe, expect, it } from 'vitest';
import { firstFigureFiles, type Manifest } from './bundle-budget';

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

describe('bundle budget: the JS before the first figure', () => {
  it('is the entry, the named modules and their static imports, never a dynamic import', () => {
    expect(
      firstFigureFiles(manifest, ['src/features/overview/overview-page.tsx', 'src/data/load.ts']).sort(),
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
    expect(() => firstFigureFiles(manifest, ['src/domain/checks.ts'])).toThrow(
      'manifest: no chunk for src/domain/checks.ts',
    );
  });
});
