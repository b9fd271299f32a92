// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { fakeClock } from '../fakeClock';
import { useQuietTimer } from '../../src/shared/useQuietTimer';

beforeEach(fakeClock);
afterEach(() => vi.useRealTimers());

function timer() {
  const onQuiet = vi.fn();
  const hook = renderHook(() => useQuietTimer(150, onQuiet));
  return { onQuiet, hook, wait: (ms: number) => act(() => vi.advanceTimersByTime(ms)) };
}

describe('useQuietTimer', () => {
  it('calls once, 150 ms after the last of a run of touches', () => {
    const { onQuiet, hook, wait } = timer();
    for (let i = 0; i < 10; i++) {
      hook.result.current.touch();
      wait(40);
    }
    // The last touch was 40 ms ago.
    wait(109);
    expect(onQuiet).not.toHaveBeenCalled();
    wait(1);
    expect(onQuiet).toHaveBeenCalledTimes(1);
    wait(1000);
    expect(onQuiet).toHaveBeenCalledTimes(1);
  });

  it('sets one timer per quiet period, not one per touch, and clears none', () => {
    const { hook, wait } = timer();
    const set = vi.spyOn(window, 'setTimeout');
    const clear = vi.spyOn(window, 'clearTimeout');
    // 30 touches 10 ms apart (a scrub): the timer fires at 150 and 300 ms, finds them recent and waits on.
    for (let i = 0; i < 30; i++) {
      hook.result.current.touch();
      wait(10);
    }
    expect(set.mock.calls.length).toBeLessThanOrEqual(3);
    expect(clear).not.toHaveBeenCalled();
  });

  it('is cancelled by cancel and by unmounting', () => {
    const { onQuiet, hook, wait } = timer();
    hook.result.current.touch();
    hook.result.current.cancel();
    wait(500);
    expect(onQuiet).not.toHaveBeenCalled();
    hook.result.current.touch();
    hook.unmount();
    wait(500);
    expect(onQuiet).not.toHaveBeenCalled();
  });
});
