import { defineConfig, devices } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './scripts/bench/chromium.mjs';

/** Set E2E_PORT to run several checkouts side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Browser tests run against the built app (`npm run build` first) in Debian's Chromium. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The production build registers a service worker, which would answer requests that a test
    // routes or fails on purpose; e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
    // Debian's Chromium with the benches' flags (one list for both).
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_FLAGS },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
