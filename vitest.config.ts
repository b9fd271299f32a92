import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
