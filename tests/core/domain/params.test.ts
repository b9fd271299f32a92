import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { parseLocation, parseParams, toSearch, yearPagePath } from '../../../src/core/domain/params';

const latest = dataset.latestYear;

describe('parseParams', () => {
  it.each([
    ['', { year: latest }, []],
    ['?year=1999', { year: 1999 }, []],
    ['?year=1999&country=POL', { year: 1999, country: 'POL' }, []],
    ['?country=pol', { year: latest, country: 'POL' }, []],
    ['?year=1949&utm_source=x', { year: 1949 }, []],
    ['?year=abc', { year: latest }, ['year']],
    ['?year=1700', { year: latest }, ['year']],
    ['?year=1948', { year: latest }, ['year']],
    [`?year=${latest + 1}`, { year: latest }, ['year']],
    ['?year=1999.0', { year: latest }, ['year']],
    ['?year=', { year: latest }, ['year']],
    ['?country=ZZZ', { year: latest }, ['country']],
    ['?country=<script>alert(1)</script>', { year: latest }, ['country']],
    ['?year=2004&country=__proto__', { year: 2004 }, ['country']],
    ['?embed=1', { year: latest, embed: true }, []],
    ['?year=1999&embed=1&country=POL', { year: 1999, country: 'POL', embed: true }, []],
    ['?embed=true', { year: latest }, []],
    ['?embed=0', { year: latest }, []],
    ['?embed=', { year: latest }, []],
    ['?embed=1x', { year: latest }, []],
    ['?lang=fr', { year: latest, lang: 'fr' }, []],
    ['?year=1999&lang=uk', { year: 1999, lang: 'uk' }, []],
    ['?lang=en', { year: latest }, []],
    ['?lang=FR', { year: latest }, ['lang']],
    ['?lang=es', { year: latest }, ['lang']],
    ['?lang=<script>', { year: latest }, ['lang']],
    ['?lens=eu', { year: latest, lens: 'eu' }, []],
    ['?year=2004&lens=both', { year: 2004, lens: 'both' }, []],
    ['?lens=EU', { year: latest, lens: 'eu' }, []],
    ['?lens=nato', { year: latest }, []],
    ['?lens=wto', { year: latest }, ['lens']],
    ['?lens=', { year: latest }, ['lens']],
    ['?lens=<script>', { year: latest }, ['lens']],
  ])('%s', (search, state, problems) => {
    const parsed = parseParams(search, dataset);
    expect(parsed.state).toEqual(state);
    expect(parsed.problems.map((p) => p.param)).toEqual(problems);
  });

  it('shortens a very long rejected value before it is shown', () => {
    const { problems } = parseParams(`?year=${'9'.repeat(5000)}`, dataset);
    expect(problems[0]!.value.length).toBeLessThanOrEqual(25);
  });
});

describe('toSearch', () => {
  it.each([
    [{ year: latest }, '', ''],
    [{ year: 1999 }, '', '?year=1999'],
    [{ year: 1999, country: 'POL' }, '', '?year=1999&country=POL'],
    [{ year: latest, country: 'SWE' }, '?year=1999', '?country=SWE'],
    [{ year: 2004 }, '?embed=1&year=abc', '?embed=1&year=2004'],
    [{ year: 1999, embed: true }, '', '?year=1999&embed=1'],
    [{ year: latest, embed: true }, '?embed=1', '?embed=1'],
    [{ year: latest, country: 'POL', embed: true }, '?embed=yes', '?embed=1&country=POL'],
    [{ year: 1999, lang: 'de' as const }, '', '?year=1999&lang=de'],
    [{ year: latest, lang: 'ru' as const }, '?lang=xx', '?lang=ru'],
    [{ year: latest }, '?lang=pl', ''],
    [{ year: 2004, lens: 'eu' as const }, '', '?year=2004&lens=eu'],
    [{ year: 2004, lens: 'nato' as const }, '?lens=eu', '?year=2004'],
    [{ year: latest, lens: 'both' as const }, '?lens=banana&utm=x', '?utm=x&lens=both'],
  ])('%o from %s gives %s', (state, current, search) => {
    expect(toSearch(state, dataset, current)).toBe(search);
  });

  it('reads back what it writes', () => {
    for (const state of [
      { year: 1955 },
      { year: 1990, country: 'DDR' },
      { year: latest, country: 'XKX' },
      { year: 2004, embed: true },
      { year: 1999, lang: 'pl' as const },
      { year: 1985, lens: 'eu' as const },
      { year: 2004, country: 'POL', lens: 'both' as const },
    ]) {
      expect(parseParams(toSearch(state, dataset), dataset).state).toEqual(state);
    }
  });
});

describe('parseLocation', () => {
  it.each([
    ['/1999/', '', { year: 1999 }],
    ['/fr/1999/', '', { year: 1999, lang: 'fr' }],
    ['/nato/uk/2004/index.html', '', { year: 2004, lang: 'uk' }],
    ['/fr/1999/', '?year=2004', { year: 2004, lang: 'fr' }],
    ['/fr/1999/', '?lang=de', { year: 1999, lang: 'de' }],
    ['/de/1999/', '?lang=en', { year: 1999 }],
    // Not a language: the path names no year page.
    ['/xx/1999/', '', { year: latest }],
  ])('%s%s', (pathname, search, state) => {
    expect(parseLocation(pathname, search, dataset).state).toEqual(state);
  });

  it('writes each language’s year page path', () => {
    expect(yearPagePath(1999)).toBe('/1999/');
    expect(yearPagePath(1999, 'ru')).toBe('/ru/1999/');
  });
});
