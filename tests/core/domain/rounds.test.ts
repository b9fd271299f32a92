import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { createDataset } from '../../../src/core/domain/dataset';
import { nextRound, previousRound, roundYears, territoryGrowthIn } from '../../../src/core/domain/rounds';

const src = { url: 'https://example.org/s', publisher: 'Example' };

/** A founder that later takes in a neighbour's land, and a neutral state that splits. */
const growing = createDataset({
  units: [
    {
      code: 'AAA',
      periods: [
        { to: 1969, parts: ['A'] },
        { from: 1970, parts: ['A', 'B'] },
      ],
    },
    { code: 'BBB', periods: [{ to: 1969, parts: ['B'] }] },
    {
      code: 'CCC',
      periods: [
        { to: 1979, parts: ['C1', 'C2'] },
        { from: 1980, parts: ['C1'] },
      ],
    },
    { code: 'DDD', periods: [{ from: 1985, parts: ['D'] }] },
  ],
  members: [
    { code: 'AAA', joined: '1960-01-01', round: 1960, source: src },
    { code: 'DDD', joined: '1990-05-05', round: 1990, source: src },
  ],
  events: [],
  disputes: [],
});

describe('roundYears', () => {
  it('lists the years NATO changed, the Saar (1957) and German reunification included', () => {
    expect(roundYears(dataset)).toEqual([1949, 1952, 1955, 1957, 1982, 1990, 1999, 2004, 2009, 2017, 2020, 2023, 2024]);
  });

  it('adds a year in which a member took in land, not one in which a non-member changed', () => {
    expect(roundYears(growing)).toEqual([1960, 1970, 1990]);
  });

  it.each([
    [1990, [{ member: 'DEU', absorbed: ['DDR', 'XWB'] }]],
    [1957, [{ member: 'DEU', absorbed: ['XSR'] }]],
    [1956, []],
    [1989, []],
    [1991, []],
    [1993, []],
  ])('territoryGrowthIn(%i)', (year, growth) => {
    expect(territoryGrowthIn(dataset, year)).toEqual(growth);
  });
});

describe('next and previous round', () => {
  const rounds = roundYears(dataset);
  it.each([
    [1949, undefined, 1952],
    [1950, 1949, 1952],
    [1956, 1955, 1957],
    [1960, 1957, 1982],
    [1985, 1982, 1990],
    [1990, 1982, 1999],
    [2004, 1999, 2009],
    [2023, 2020, 2024],
    [2024, 2023, undefined],
  ])('from %i: previous %s, next %s', (year, previous, next) => {
    expect(previousRound(rounds, year)).toBe(previous);
    expect(nextRound(rounds, year)).toBe(next);
  });
});
