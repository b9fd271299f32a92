// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { fakeClock } from '../fakeClock';
import { useCalmValue } from '../../src/shared/useCalmValue';

beforeEach(fakeClock);
afterEach(() => vi.useRealTimers());

function calm(initial: number) {
  const hook = renderHook(({ v }) => useCalmValue(v, 150), { initialProps: { v: initial } });
  return {
    now: () => hook.result.current,
    set: (v: number) => hook.rerender({ v }),
    wait: (ms: number) => act(() => vi.advanceTimersByTime(ms)),
  };
}

describe('useCalmValue', () => {
  it('starts with the value and follows a lone change at once', () => {
    const value = calm(2024);
    expect(value.now()).toBe(2024);
    value.wait(1000);
    value.set(2023);
    expect(value.now()).toBe(2023);
  });

  it('during quick changes keeps the value the scrub started from, then shows the last one once they stop', () => {
    const value = calm(2024);
    value.wait(1000);
    value.set(2023);
    const seen = [value.now()];
    for (const year of [2022, 2021, 2020]) {
      value.wait(50);
      value.set(year);
      seen.push(value.now());
    }
    expect(seen).toEqual([2023, 2023, 2023, 2023]);
    value.wait(149);
    expect(value.now()).toBe(2023);
    value.wait(1);
    expect(value.now()).toBe(2020);
    // A pause since the last change: the next one shows at once again.
    value.wait(500);
    value.set(2019);
    expect(value.now()).toBe(2019);
  });

  it('settles on where a quick back-and-forth ends', () => {
    const value = calm(2024);
    value.wait(1000);
    for (const year of [2023, 2022, 2021, 2022]) {
      value.set(year);
      value.wait(50);
    }
    expect(value.now()).toBe(2023);
    value.wait(100);
    expect(value.now()).toBe(2022);
  });
});
