import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * `base: './'` makes every asset URL relative, so the built app works from any static
 * sub-path (a portal's /budget/ folder) and inside an iframe. Routing is hash-based for
 * the same reason: no server rewrite rules are needed.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
