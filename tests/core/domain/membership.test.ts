import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { accessionYears, joinedIn, membersIn, statusOf } from '../../../src/core/domain/membership';

describe('member count on 31 December', () => {
  it.each([
    [1948, 0],
    [1949, 12],
    [1951, 12],
    [1952, 14],
    [1954, 14],
    [1955, 15],
    [1981, 15],
    [1982, 16],
    [1998, 16],
    [1999, 19],
    [2003, 19],
    [2004, 26],
    [2008, 26],
    [2009, 28],
    [2016, 28],
    [2017, 29],
    [2019, 29],
    [2020, 30],
    [2022, 30],
    [2023, 31],
    [2024, 32],
  ])('%i: %i members', (year, count) => {
    expect(membersIn(dataset, year)).toHaveLength(count);
  });
});

describe('status of each new member the year before and the year of its round', () => {
  const rounds: [number, string[]][] = [
    [1952, ['GRC', 'TUR']],
    [1955, ['DEU']],
    [1982, ['ESP']],
    [1999, ['CZE', 'HUN', 'POL']],
    [2004, ['BGR', 'EST', 'LVA', 'LTU', 'ROU', 'SVK', 'SVN']],
    [2009, ['ALB', 'HRV']],
    [2017, ['MNE']],
    [2020, ['MKD']],
    [2023, ['FIN']],
    [2024, ['SWE']],
  ];
  it.each(
    rounds.flatMap(([year, codes]) =>
      codes.flatMap((c) => [
        [year - 1, c, 'non-member'],
        [year, c, 'joined'],
        [year + 1, c, 'member'],
      ]),
    ),
  )('%i %s is %s', (year, code, status) => {
    expect(statusOf(dataset, code as string, year as number)).toBe(status);
  });

  it('lists exactly the states of each round as joining that year', () => {
    for (const [year, codes] of rounds)
      expect(
        joinedIn(dataset, year)
          .map((m) => m.code)
          .sort(),
      ).toEqual([...codes].sort());
  });
});

describe('territories and non-members', () => {
  it.each([
    [1949, 'USA', 'joined'],
    [1950, 'CAN', 'member'],
    [1950, 'GRL', 'member'],
    [2024, 'ALA', 'member'],
    [2022, 'ALA', 'non-member'],
    [2024, 'AUT', 'non-member'],
    [2024, 'UKR', 'non-member'],
    [1985, 'DDR', 'non-member'],
    [1989, 'DEU', 'member'],
    [1990, 'DEU', 'member'],
  ])('%i %s is %s', (year, code, status) => {
    expect(statusOf(dataset, code, year)).toBe(status);
  });
});

it('marks the years in which NATO grew', () => {
  expect(accessionYears(dataset)).toEqual([1949, 1952, 1955, 1982, 1999, 2004, 2009, 2017, 2020, 2023, 2024]);
});
