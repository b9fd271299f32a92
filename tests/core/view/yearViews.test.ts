import { describe, expect, it, vi } from 'vitest';
import { inTasks } from '../../../src/app/boot/inTasks';
import { whenIdle } from '../../../src/app/boot/whenIdle';
import { createDataset } from '../../../src/core/domain/dataset';
import { strings } from '../../../src/i18n/strings';
import { perYear } from '../../../src/core/view/perYear';
import { startupSteps, timelineViews, warmingSteps, yearViews } from '../../../src/core/view/yearViews';
import { yearView } from '../../../src/core/view/yearView';
import { tinyData } from '../../fixtures/tiny';

describe('perYear', () => {
  it('computes a year once and gives the same object back, so memoised components skip', () => {
    const fn = vi.fn((_data, year: number) => ({ year }));
    const cached = perYear(fn);
    const first = cached(tinyData, 1999, strings);
    expect(cached(tinyData, 1999, strings)).toBe(first);
    expect(cached(tinyData, 2000, strings)).toEqual({ year: 2000 });
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('starts afresh for another dataset or another language', () => {
    const fn = vi.fn((data, year: number, s) => ({ data, year, s }));
    const cached = perYear(fn);
    const other = createDataset({ units: [], members: [], events: [] } as unknown as Parameters<typeof createDataset>[0]);
    const french = { ...strings };
    expect(cached(tinyData, 1999, strings).data).toBe(tinyData);
    expect(cached(other, 1999, strings).data).toBe(other);
    expect(cached(tinyData, 1999, french).s).toBe(french);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('gives what the uncached view gives', () => {
    expect(yearViews.view(tinyData, 1999, strings)).toEqual(yearView(tinyData, 1999, strings));
  });
});

describe('warming the years', () => {
  it('has one step per year, newest first, and after them every year is kept', () => {
    const steps = warmingSteps(tinyData, strings);
    expect(steps).toHaveLength(tinyData.latestYear - tinyData.firstYear + 1);
    const spy = vi.spyOn(yearViews.view, 'warm');
    steps[0]!();
    expect(spy).toHaveBeenCalledWith(tinyData, tinyData.latestYear, strings);
    spy.mockRestore();
  });
});

describe('the work before the first render', () => {
  it('computes the shown year and the timeline, one piece per step, which the page then reads', () => {
    const spy = vi.spyOn(yearViews.view, 'warm');
    const steps = startupSteps(tinyData, strings, 1999);
    expect(steps).toHaveLength(Object.keys(yearViews).length + Object.keys(timelineViews).length);
    for (const step of steps) step();
    expect(spy).toHaveBeenCalledWith(tinyData, 1999, strings);
    spy.mockRestore();
    expect(timelineViews.series(tinyData, strings)).toBe(timelineViews.series(tinyData, strings));
    expect(timelineViews.marks(tinyData, strings).length).toBe(tinyData.events.length);
  });
});

describe('inTasks', () => {
  it('runs every step in order, each after a task boundary, past a step that fails, and resolves after one more', async () => {
    const log: string[] = [];
    const next = vi.fn(async () => void log.push('|'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fail = () => {
      throw new Error('step failed');
    };
    await inTasks([() => void log.push('a'), fail, () => void log.push('c')], next);
    expect(log).toEqual(['|', 'a', '|', '|', 'c', '|']);
    expect(console.error).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});

describe('whenIdle', () => {
  it('runs as many steps per idle period as time allows, at least one, until all have run', async () => {
    const ran: number[] = [];
    const periods: number[] = [];
    const budget = [3, 0, 5];
    const idle = (run: (d: { timeRemaining: () => number }) => void) => {
      periods.push(ran.length);
      const left = budget.shift() ?? 5;
      let calls = 0;
      // Each check of the deadline uses up one step's worth of time.
      queueMicrotask(() => run({ timeRemaining: () => (calls++ < left ? 2 : 0) }));
    };
    await whenIdle(
      [0, 1, 2, 3, 4, 5, 6].map((i) => () => void ran.push(i)),
      idle,
    );
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // First period: 1 + 3 steps; second: 1 (no time left, but one always runs); third: the rest.
    expect(periods).toEqual([0, 4, 5]);
  });

  it('resolves at once with nothing to do', async () => {
    const idle = vi.fn();
    await whenIdle([], idle);
    expect(idle).not.toHaveBeenCalled();
  });
});

describe('whenIdle slices', () => {
  it('stops a slice after a few milliseconds of work even when the browser offers more', async () => {
    let clock = 0;
    const periods: number[] = [];
    let ran = 0;
    const idle = (run: (d: { timeRemaining: () => number }) => void) => {
      periods.push(ran);
      queueMicrotask(() => run({ timeRemaining: () => 50 }));
    };
    // Each step takes 1.5 ms of the clock.
    const steps = Array.from({ length: 10 }, () => () => void ((clock += 1.5), ran++));
    await whenIdle(steps, idle, () => clock);
    expect(ran).toBe(10);
    // 1.5, 3, 4.5 ≥ 4: three steps per slice.
    expect(periods).toEqual([0, 3, 6, 9]);
  });
});
