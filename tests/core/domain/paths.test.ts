import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { pathOf, pathStatusesOf } from '../../../src/core/domain/paths';
import { yearOf } from '../../../src/core/domain/dataset';
import type { PathStatus } from '../../../src/core/domain/types';

const has = (code: string, year: number, status: PathStatus) => pathStatusesOf(dataset, code, year).includes(status);

describe('key facts, written out by hand (so that the edges below cannot only echo the data)', () => {
  it.each([
    // [year, unit, statuses on 31 December]
    [1993, 'POL', []],
    [1994, 'POL', ['partner']],
    [1997, 'POL', ['partner', 'invited']],
    [1999, 'POL', []],
    [1998, 'ROU', ['partner']],
    [1999, 'ROU', ['partner', 'map']],
    [2002, 'ROU', ['partner', 'map', 'invited']],
    [2004, 'ROU', []],
    [1995, 'MLT', ['partner']],
    [1996, 'MLT', []],
    [2007, 'MLT', []],
    [2008, 'MLT', ['partner']],
    [2007, 'GEO', ['partner']],
    [2008, 'GEO', ['partner', 'aspirant']],
    [2024, 'GEO', ['partner', 'aspirant']],
    [2009, 'UKR', ['partner', 'aspirant']],
    [2010, 'UKR', ['partner']],
    [2013, 'UKR', ['partner']],
    [2014, 'UKR', ['partner', 'aspirant']],
    [2009, 'BIH', ['partner']],
    [2010, 'BIH', ['partner', 'aspirant']],
    [2014, 'RUS', ['partner']],
    [1993, 'RUS', []],
    [2018, 'MKD', ['partner', 'map', 'invited']],
    [2020, 'MKD', []],
    [2015, 'MNE', ['partner', 'map', 'invited']],
    [2021, 'FIN', ['partner']],
    [2022, 'FIN', ['partner', 'invited']],
    [2023, 'FIN', []],
    [2023, 'SWE', ['partner', 'invited']],
    [2022, 'ALA', ['partner', 'invited']],
    [2000, 'IRL', ['partner']],
    [1999, 'SUN', []],
    [2024, 'POL', []],
    [2024, 'IRN', []],
  ] as const)('%i %s: %j', (year, code, expected) => {
    expect(pathStatusesOf(dataset, code, year)).toEqual(expected);
  });
});

/** Every dated edge in the data: the status is off on 31 December of the year before and on in the year (or the reverse for an end). */
function edges(): [string, string, PathStatus, number, boolean][] {
  const out: [string, string, PathStatus, number, boolean][] = [];
  const { partners, actionPlans, invitations, aspirants } = dataset.paths;
  const start = (label: string, code: string, status: PathStatus, date: string) => {
    const y = yearOf(date);
    out.push([label, code, status, y - 1, false], [label, code, status, y, true]);
  };
  const end = (label: string, code: string, status: PathStatus, date: string) => {
    const y = yearOf(date);
    out.push([label, code, status, y - 1, true], [label, code, status, y, false]);
  };
  for (const p of partners) {
    start('signs PfP', p.code, 'partner', p.pfp);
    if (p.suspended) end('suspends PfP', p.code, 'partner', p.suspended.date);
    if (p.reactivated) start('returns to PfP', p.code, 'partner', p.reactivated.date);
  }
  for (const r of actionPlans) start('MAP', r.code, 'map', r.from);
  for (const r of invitations) for (const code of r.units) start('invited', code, 'invited', r.date);
  for (const r of aspirants) {
    start('aspirant', r.code, 'aspirant', r.from);
    if (r.to) end('leaves aspirants', r.code, 'aspirant', r.to);
  }
  // Accession ends every step towards it.
  for (const m of dataset.members) {
    const y = yearOf(m.joined);
    for (const status of ['partner', 'map', 'invited'] as const)
      if (has(m.code, y - 1, status)) out.push(['joins NATO', m.code, status, y, false]);
  }
  return out;
}

describe('every edge in the data, on both sides', () => {
  const cases = edges();
  it('covers the data', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  it.each(cases)('%s: %s %s in %i is %s', (_, code, status, year, expected) => {
    expect(has(code, year, status)).toBe(expected);
  });
});

describe('members are never partners, action-plan states, invited or aspirants', () => {
  it.each(dataset.members.map((m) => [m.code, yearOf(m.joined)] as const))('%s from %i', (code, year) => {
    for (let y = year; y <= dataset.latestYear; y++) expect(pathStatusesOf(dataset, code, y)).toEqual([]);
  });
});

describe('pathOf: the strip of a state', () => {
  it.each([
    ['POL', ['partner', 'invited', 'member']],
    ['ROU', ['partner', 'map', 'invited', 'member']],
    ['GEO', ['partner', 'aspirant']],
    ['UKR', ['partner', 'aspirant', 'left-aspirants', 'aspirant']],
    ['MLT', ['partner', 'suspended', 'reactivated']],
    ['SWE', ['partner', 'invited', 'member']],
    ['FRA', []],
    ['IRN', []],
  ] as const)('%s: %j', (code, steps) => {
    expect(pathOf(dataset, code).map((s) => s.step)).toEqual(steps);
  });

  it('dates every step and sources it', () => {
    for (const code of dataset.unitByCode.keys())
      for (const s of pathOf(dataset, code)) {
        expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(s.source.url).toMatch(/^https:\/\//);
      }
  });
});
