import { describe, expect, it } from 'vitest';
import { htmlEntries, staticClosure, type Manifest } from './manifest';

// A view importing two chunks that share a third (a diamond), and a lazy chunk never walked.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['view.tsx'],
  },
  'view.tsx': { file: 'assets/view.js', imports: ['_table.js', '_chart.js'], css: ['assets/view.css'] },
  '_table.js': { file: 'assets/table.js', imports: ['_react.js'], css: ['assets/table.css'] },
  '_chart.js': { file: 'assets/chart.js', imports: ['_react.js', '_table.js'] },
  '_react.js': { file: 'assets/react.js' },
  'lazy.tsx': { file: 'assets/lazy.js' },
};

describe('staticClosure (the manifest walk of the prerender plugin and the bundle guard)', () => {
  it('lists a chunk before its imports (pre), each once, never a dynamic import', () => {
    expect(staticClosure(manifest, ['view.tsx']).map((c) => c.key)).toEqual([
      'view.tsx',
      '_table.js',
      '_react.js',
      '_chart.js',
    ]);
    expect(staticClosure(manifest, ['index.html']).map((c) => c.chunk.file)).toEqual([
      'assets/index.js',
      'assets/react.js',
    ]);
  });

  it('lists the imports before the chunk (post): the order their CSS applies in', () => {
    expect(staticClosure(manifest, ['view.tsx'], 'post').map((c) => c.key)).toEqual([
      '_react.js',
      '_table.js',
      '_chart.js',
      'view.tsx',
    ]);
  });

  it('skips a key the manifest lacks; two roots share what they both import', () => {
    expect(staticClosure(manifest, ['gone.tsx', '_chart.js', '_table.js']).map((c) => c.key)).toEqual([
      '_chart.js',
      '_react.js',
      '_table.js',
    ]);
  });

  it('finds the index.html entry, and says so when a manifest has none', () => {
    expect(htmlEntries(manifest)).toEqual(['index.html']);
    expect(() => htmlEntries({ 'src/main.tsx': { file: 'assets/main.js', isEntry: true } })).toThrow(
      'manifest: no index.html entry',
    );
  });
});
