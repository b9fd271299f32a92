import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { dataSourcesPlugin } from './build/dataSources';

export default defineConfig({
  // The sources' chunk resolves (whole, as the dev server has it): a download loads it.
  plugins: [react(), dataSourcesPlugin()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Worker threads, not child processes: on a busy 2-core machine 88 s against 249 s, back to back.
    pool: 'threads',
    setupFiles: ['tests/setup.ts'],
    // Some DOM tests mount the real map; give them room on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
