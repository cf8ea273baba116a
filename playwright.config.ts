import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_FRAME_ANCESTORS } from './e2e/fixtures/portal';
import { FRAME_ANCESTORS_ENV } from './scripts/security-headers';

/**
 * E2E tests drive the BUILT app (vite build + vite preview) in Chromium.
 * Browser: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 * Port: $E2E_PORT (default 4173) and build folder $E2E_OUT_DIR (default dist), so several
 * runs can share a machine.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
/** Build folder for the e2e server ($E2E_OUT_DIR), so parallel runs do not overwrite each other. */
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUT_DIR ? `test-results-${process.env.E2E_OUT_DIR}` : 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Sized for a loaded 2-core machine (CI with 2 workers, other builds running): a view with
  // its charts can take several seconds to draw there. Tests that draw many views or take
  // screenshots at several sizes call test.slow() (3× this).
  timeout: 45_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    // The preview server sends the strict CSP (scripts/security-headers.ts); the stand-in
    // portal of the embed tests may frame the app, any other origin may not.
    env: { [FRAME_ANCESTORS_ENV]: E2E_FRAME_ANCESTORS },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
