import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { yearOf } from '../../../src/core/domain/dataset';
import { euChangesIn, euMembersIn, euStatusOf, isInEu } from '../../../src/core/domain/eu';

describe('EU membership on 31 December, key facts written out by hand', () => {
  it.each([
    [1957, 'FRA', false],
    [1958, 'FRA', true],
    [1958, 'DEU', true],
    [1958, 'XWB', true],
    [1989, 'DDR', false],
    [1990, 'DEU', true],
    [1972, 'GBR', false],
    [1973, 'GBR', true],
    [2019, 'GBR', true],
    [2020, 'GBR', false],
    [1972, 'GRL', false],
    [1973, 'GRL', true],
    [1984, 'GRL', true],
    [1985, 'GRL', false],
    [1985, 'DNK', true],
    [1973, 'FRO', false],
    [2024, 'GGY', false],
    [1980, 'GRC', false],
    [1981, 'GRC', true],
    [1985, 'ESP', false],
    [1986, 'PRT', true],
    [1994, 'SWE', false],
    [1995, 'ALA', true],
    [2003, 'POL', false],
    [2004, 'POL', true],
    [2004, 'CYP', true],
    [2006, 'ROU', false],
    [2007, 'BGR', true],
    [2012, 'HRV', false],
    [2013, 'HRV', true],
    [2024, 'NOR', false],
    [2024, 'TUR', false],
    [2024, 'UKR', false],
  ] as const)('%i %s: %s', (year, code, expected) => {
    expect(isInEu(dataset, code, year)).toBe(expected);
  });

  it.each([
    [1957, 0],
    [1958, 6],
    [1973, 9],
    [1981, 10],
    [1986, 12],
    [1995, 15],
    [2004, 25],
    [2007, 27],
    [2013, 28],
    [2020, 27],
    [dataset.latestYear, 27],
  ])('%i: %i member states', (year, count) => {
    expect(euMembersIn(dataset, year)).toHaveLength(count);
  });
});

describe('around every enlargement and exit in the data', () => {
  const cases = [
    ...dataset.eu.enlargements.flatMap((e) =>
      [...e.units, ...(e.territories ?? [])].flatMap((c) => [
        [c, yearOf(e.date) - 1, 'non-member'],
        [c, yearOf(e.date), 'joined'],
        [c, yearOf(e.date) + 1, 'member'],
      ]),
    ),
    ...dataset.eu.exits.flatMap((e) =>
      [...e.units, ...(e.territories ?? [])].flatMap((c) => [
        [c, yearOf(e.date) - 1, 'member'],
        [c, yearOf(e.date), 'non-member'],
      ]),
    ),
  ] as [string, number, string][];
  it.each(cases)('%s in %i: %s', (code, year, status) => {
    expect(euStatusOf(dataset, code, year)).toBe(status);
  });
});

describe('euChangesIn', () => {
  it.each([
    [2004, 10, 0],
    [1985, 0, 1],
    [2020, 0, 1],
    [1999, 0, 0],
  ])('%i: %i joined, %i left', (year, joined, left) => {
    const c = euChangesIn(dataset, year);
    expect([c.joined.length, c.left.length]).toEqual([joined, left]);
  });
});
