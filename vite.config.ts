import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { prerenderFirstScreen } from './scripts/prerender-plugin.ts';
import { securityHeaders } from './scripts/security-headers.ts';

/** V8's compile hint for a whole script: compile all its functions eagerly, as it loads. */
const COMPILE_ALL = '//# allFunctionsCalledOnLoad';

/**
 * Whether a built chunk is the ECharts chunk: the one holding ECharts' (and its renderer
 * ZRender's) modules, i.e. src/charts/echart-impl.tsx's lazy chunk (src/charts/EChart.tsx).
 *
 * @param chunk  a rendered chunk (Rolldown's `RenderedChunk`): only its module ids are read
 * @returns true for a chunk with any module from node_modules/echarts or node_modules/zrender
 */
function isEchartsChunk(chunk: { moduleIds: readonly string[] }): boolean {
  return chunk.moduleIds.some((id) => /[\\/]node_modules[\\/](echarts|zrender)[\\/]/.test(id));
}

/**
 * `base: './'` makes every asset URL relative, so the built app works from any static
 * sub-path (a portal's /budget/ folder) and inside an iframe. Routing is hash-based for
 * the same reason: no server rewrite rules are needed.
 */
export default defineConfig({
  base: './',
  // prerenderFirstScreen: every main view's first screen in the built index.html (issue 12).
  plugins: [react(), prerenderFirstScreen()],
  // The largest chunk is ExcelJS (~850 kB raw, ~230 kB gzip), loaded only for an XLSX file;
  // ECharts (~620 kB raw, ~200 kB gzip) loads after the figures; pdf.js's two modules are
  // copied as assets (src/features/import/pdfjs-assets.ts). npm run bench holds the budgets.
  // The manifest (.vite/manifest.json) lets scripts/bundle-budget.ts (npm test) sum the JS
  // needed before the first figure without a browser.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 900,
    manifest: true,
    // V8 compiles every function of the ECharts chunk eagerly, once, as the chunk loads (the
    // magic comment must be its first line: postBanner comes after minification), instead of
    // lazily on each first call inside the charts' first draws (issue 12).
    rolldownOptions: { output: { postBanner: (chunk) => (isEchartsChunk(chunk) ? COMPILE_ALL : '') } },
  },
  server: { port: 5173, strictPort: false },
  // Like a production deployment (docs/deployment.md), the preview server allows cross-origin
  // reads, so a portal's iframe sandboxed without allow-same-origin (origin "null") loads, and
  // sends the strict Content-Security-Policy (frame-ancestors from BUDGET_LENS_FRAME_ANCESTORS).
  // The dev server sends no policy: its HMR client and React refresh preamble are inline.
  preview: { port: 4173, cors: { origin: '*' }, headers: securityHeaders() },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
