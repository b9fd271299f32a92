import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { roundYears } from '../../../src/core/domain/rounds';
import { CALM_TIMING, holdYears, playbackDelay, playbackDuration, playbackTiming } from '../../../src/features/timeline/playback';

const rounds = roundYears(dataset);
const holds = holdYears(rounds, dataset.turningPoints);
const timing = playbackTiming(dataset.firstYear, dataset.latestYear, holds);
const delay = (year: number) => playbackDelay(year, holds, timing);

describe('the pace of playback on the real data', () => {
  it.each([
    [1949, 'hold'],
    [1950, 'quiet'],
    [1952, 'hold'],
    [1955, 'hold'],
    [1960, 'quiet'],
    [1982, 'hold'],
    [1985, 'quiet'],
    [1990, 'hold'],
    [1991, 'hold'],
    [1992, 'quiet'],
    [1999, 'hold'],
    [2004, 'hold'],
    [2005, 'quiet'],
    [2014, 'hold'],
    [2017, 'hold'],
    [2020, 'hold'],
    [2022, 'hold'],
    [2023, 'hold'],
  ] as const)('%i is a %s year', (year, kind) => {
    expect(delay(year)).toBe(kind === 'hold' ? timing.roundMs : timing.yearMs);
  });

  it('runs from 1949 to the latest year in 25 to 35 s', () => {
    const total = playbackDuration(dataset.firstYear, dataset.latestYear, delay);
    expect(total).toBeGreaterThanOrEqual(25_000);
    expect(total).toBeLessThanOrEqual(35_000);
  });

  it('holds each round and turning point at least three times as long as a quiet year, which takes about a quarter of a second', () => {
    expect(timing.roundMs).toBeGreaterThanOrEqual(3 * timing.yearMs);
    expect(timing.yearMs).toBeGreaterThanOrEqual(150);
    expect(timing.yearMs).toBeLessThanOrEqual(300);
  });
});

describe('playbackTiming', () => {
  it.each([
    // a few holds in a short run: capped at 2.5 s
    ['two holds in ten years', 2000, 2010, [2000, 2005], 200, 2500],
    // many holds share what the quiet years leave of 33 s: (33 000 − 36 × 200) / 40
    ['forty holds in 76 years', 1949, 2025, Array.from({ length: 40 }, (_, i) => 1950 + i), 200, 645],
    ['no holds', 1949, 2025, [], 200, 2500],
  ] as const)('%s: %i–%i', (_, first, last, held, quiet, hold) => {
    expect(playbackTiming(first, last, held)).toEqual({ yearMs: quiet, roundMs: hold });
  });
});

describe('with less motion', () => {
  it.each([
    [1949, 2000],
    [1950, 700],
    [1991, 700],
    [2004, 2000],
  ])('%i dwells %i ms, on the rounds alone', (year, ms) => {
    expect(playbackDelay(year, rounds, CALM_TIMING)).toBe(ms);
  });
});
