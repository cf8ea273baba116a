import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { prerenderFirstScreen } from './scripts/prerender-plugin.ts';
import { securityHeaders } from './scripts/security-headers.ts';

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
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 900, manifest: true },
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
