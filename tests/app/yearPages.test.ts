import { describe, expect, it } from 'vitest';
import { compactPath } from '../../build/compactPath';
import { canHydrate } from '../../src/app/boot/prerendered';
import { dataset } from '../../src/data/dataset';
import { appPath, parseLocation, viewAddress, yearFromPath, yearInPathAndQuery } from '../../src/core/domain/params';

const latest = dataset.latestYear;

describe('yearFromPath', () => {
  it.each([
    ['/1999/', 1999],
    ['/1999/index.html', 1999],
    ['/1949/', 1949],
    [`/${latest}/`, latest],
    ['/nato/1999/', 1999],
    ['/', undefined],
    ['/1999', undefined],
    ['/1948/', undefined],
    [`/${latest + 1}/`, undefined],
    ['/19999/', undefined],
    ['/abcd/', undefined],
    ['/1999/extra/', undefined],
  ])('%s → %s', (path, year) => {
    expect(yearFromPath(path, dataset)).toBe(year);
  });
});

describe('parseLocation', () => {
  it.each([
    ['/1999/', '', { year: 1999 }, []],
    ['/1999/', '?year=2004', { year: 2004 }, []],
    ['/1999/', '?country=POL', { year: 1999, country: 'POL' }, []],
    ['/1999/', '?year=abc', { year: 1999 }, ['year']],
    ['/', '?year=1999', { year: 1999 }, []],
    ['/', '', { year: latest }, []],
    ['/elsewhere/', '', { year: latest }, []],
  ])('%s%s → %o', (path, search, state, problems) => {
    const result = parseLocation(path, search, dataset);
    expect(result.state).toEqual(state);
    expect(result.problems.map((p) => p.param)).toEqual(problems);
  });
});

describe('appPath', () => {
  it.each([
    ['/1999/', '/'],
    ['/1999/index.html', '/'],
    ['/nato/1999/', '/nato/'],
    ['/', '/'],
    ['/nato/', '/nato/'],
  ])('a change on %s goes to %s', (path, expected) => {
    expect(appPath(path, dataset)).toBe(expected);
  });
});

describe('viewAddress', () => {
  it.each([
    ['/', '', { year: 1999 }, '/?year=1999'],
    ['/1999/', '?utm_source=x', { year: 2004, country: 'EST' }, '/?utm_source=x&year=2004&country=EST'],
    ['/nato/1999/', '?year=1999', { year: 1999 }, '/nato/?year=1999'],
    ['/', '?year=1999', { year: latest }, '/'],
    ['//', '?year=1999', { year: 2004 }, '/?year=2004'],
  ])('%s%s at %o is written %s', (path, search, state, expected) => {
    expect(viewAddress(path, search, state, dataset)).toBe(expected);
  });
});

describe('yearInPathAndQuery', () => {
  it.each([
    ['/1999/', '?year=1999', true],
    ['/1999/', '?year=2004&country=POL', true],
    ['/1999/', '?year=abc', true],
    ['/1999/', '?country=POL', false],
    ['/1999/', '', false],
    ['/', '?year=1999', false],
  ])('%s%s → %s', (path, search, expected) => {
    expect(yearInPathAndQuery(path, search, dataset)).toBe(expected);
  });
});

describe('canHydrate', () => {
  it.each([
    ['1999', '/1999/', '', true],
    ['1999', '/1999/', '?utm_source=x', true],
    ['1999', '/1999/', '?year=1999', true],
    ['1999', '/1999/', '?year=2004', false],
    ['1999', '/1999/', '?country=POL', true],
    ['1999', '/1999/', '?year=2004&country=POL', false],
    ['1999', '/1999/', '?country=ZZZ', false],
    ['1999', '/1999/', '?year=abc', false],
    ['1999', '/1999/', '?embed=1', false],
    ['1999', '/1999/', '?fbclid=abc&utm_medium=social', true],
    [String(latest), '/', '', true],
    [String(latest), '/1999/', '', false],
    [undefined, '/', '', false],
  ])('HTML drawn for %s at %s%s: hydrate %s', (rendered, path, search, expected) => {
    expect(canHydrate(rendered, path, search, dataset)).toBe(expected);
  });
});

describe('compactPath', () => {
  it.each([
    ['M0,0L10,0L10,10Z', 'M0 0l10 0 0 10z'],
    ['M1.26,2.74L3.5,2.74L1.26,0.2Z', 'M1.5 2.5l2 0-2-2.5z'],
    // Points that round onto the previous one are dropped.
    ['M0,0L0.1,0.1L5,5Z', 'M0 0l5 5z'],
    ['M0,0L1,1ZM5,5L6,5Z', 'M0 0l1 1zM5 5l1 0z'],
    ['M0.2,-0.4L0.8,0.6Z', 'M0-.5l1 1z'],
  ])('%s → %s', (d, expected) => {
    expect(compactPath(d, 2)).toBe(expected);
  });
});
