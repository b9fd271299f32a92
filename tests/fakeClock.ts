import { vi } from 'vitest';

/**
 * Fake timers, and the clock the app reads to tell a scrub from a lone step and to wait out a
 * quiet period (`performance.now`, in useCalmValue and useQuietTimer). Undo with `vi.useRealTimers()`.
 */
export function fakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
}
