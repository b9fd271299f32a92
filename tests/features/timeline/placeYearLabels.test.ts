import { describe, expect, it } from 'vitest';
import { placeYearLabels } from '../../../src/features/timeline/placeYearLabels';

const ROUNDS = [1949, 1952, 1955, 1982, 1990, 1999, 2004, 2009, 2017, 2020, 2023, 2024];
const shown = (width: number) => placeYearLabels(ROUNDS, 1949, 2025, width).filter((p) => p.label !== 'none');

describe('the year labels under the track', () => {
  it('are all long where the track is not measured', () => {
    expect(placeYearLabels(ROUNDS, 1949, 2025, 0).every((p) => p.label === 'long' && p.shift === 0)).toBe(true);
  });

  it.each([300, 340, 480, 800, 1200, 2000])('at %i px: one row, none touching, none outside, first and last labelled', (width) => {
    const labels = shown(width);
    const size = width < 480 ? 28 : 36;
    const centres = labels.map((p) => p.at * width + p.shift);
    for (let i = 1; i < centres.length; i++) expect(centres[i]! - centres[i - 1]!).toBeGreaterThanOrEqual(size);
    expect(centres[0]! - (size - 6) / 2).toBeGreaterThanOrEqual(0);
    expect(centres[centres.length - 1]! + (size - 6) / 2).toBeLessThanOrEqual(width);
    expect(labels[0]!.year).toBe(1949);
    expect(labels[labels.length - 1]!.year).toBe(2024);
  });

  it('shorten under 480 px and label more years on a wider track', () => {
    expect(shown(400).every((p) => p.label === 'short')).toBe(true);
    expect(shown(800).every((p) => p.label === 'long')).toBe(true);
    expect(shown(2000).length).toBeGreaterThan(shown(800).length);
    expect(shown(800).map((p) => p.year)).toEqual([1949, 1955, 1982, 1990, 1999, 2004, 2009, 2017, 2024]);
  });

  it('always label the year shown, if marked, dropping the neighbours it would touch', () => {
    for (const current of ROUNDS) {
      const labels = placeYearLabels(ROUNDS, 1949, 2025, 280, current).filter((p) => p.label !== 'none');
      expect(labels.map((p) => p.year)).toContain(current);
      const centres = labels.map((p) => p.at * 280 + p.shift);
      for (let i = 1; i < centres.length; i++) expect(centres[i]! - centres[i - 1]!).toBeGreaterThanOrEqual(28);
    }
  });
});
