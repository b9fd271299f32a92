import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { assignLanes, eventMarks, fractionOfYear } from '../../../src/core/view/eventMarks';
import { playbackStart } from '../../../src/features/timeline/playback';
import { stepPath, yearSeries } from '../../../src/core/view/series';
import { strings } from '../../../src/i18n/strings';

describe('playback start', () => {
  it.each([
    [1960, 1960],
    [2023, 2023],
    [2024, 1949],
  ])('from %i starts at %i', (year, start) => {
    expect(playbackStart(year, 1949, 2024)).toBe(start);
  });
});

describe('event markers', () => {
  it.each([
    ['2001-01-01', 0],
    ['2001-07-02', 182 / 365],
    ['2004-12-31', 365 / 366],
  ])('%s is %f of the way through its year', (date, fraction) => {
    expect(fractionOfYear(date)).toBeCloseTo(fraction, 6);
  });

  it.each([
    [[0, 1, 2], 0.6, [0, 0, 0]],
    [[0, 0.2, 0.4, 1], 0.6, [0, 1, 2, 0]],
    [[0, 0.3, 0.7], 0.6, [0, 1, 0]],
  ])('lanes of %j, gap %f: %j', (positions, gap, lanes) => {
    expect(assignLanes(positions, gap)).toEqual(lanes);
  });

  it('place each event within its year, on the track, by date', () => {
    const marks = eventMarks(dataset, strings);
    const span = dataset.latestYear - dataset.firstYear;
    expect(marks).toHaveLength(dataset.events.length);
    for (const m of marks) {
      expect(m.at).toBeGreaterThanOrEqual(0);
      expect(m.at).toBeLessThanOrEqual(1);
      expect(Math.abs(dataset.firstYear + m.at * span - m.year)).toBeLessThanOrEqual(0.5);
    }
    const allied = marks.find((m) => m.id === 'allied-force')!;
    expect(allied.label).toMatch(/^24 March\s–\s10 June 1999: NATO air campaign against FR Yugoslavia$/);
    expect(allied.year).toBe(1999);
    expect(marks.map((m) => m.at)).toEqual([...marks.map((m) => m.at)].sort((a, b) => a - b));
  });
});

describe('series', () => {
  it('draw each value from its year to the next as a step', () => {
    const points = yearSeries(2000, 2002, (y) => (y >= 2001 ? 2 : 1));
    expect(points).toEqual([
      { year: 2000, value: 1 },
      { year: 2001, value: 2 },
      { year: 2002, value: 2 },
    ]);
    expect(stepPath(points, 100, 10, 2)).toBe('M0,5H50V0H100');
    // A step only where the value changes; the line still runs to the last year.
    expect(
      stepPath(
        yearSeries(2000, 2004, (y) => (y === 2002 ? 2 : 1)),
        100,
        10,
        2,
      ),
    ).toBe('M0,5H50V0H75V5H100');
    expect(
      stepPath(
        yearSeries(2000, 2002, (y) => (y === 2002 ? 2 : 1)),
        100,
        10,
        2,
      ),
    ).toBe('M0,5H100V0');
    expect(
      stepPath(
        yearSeries(2000, 2002, () => 1),
        100,
        10,
        1,
      ),
    ).toBe('M0,0H100');
  });
});
