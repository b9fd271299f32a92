import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { parseParams, toSearch, type ViewState } from '../../../src/core/domain/params';

const codes = dataset.units.map((u) => u.code);
const years = fc.integer({ min: dataset.firstYear, max: dataset.latestYear });
const validState: fc.Arbitrary<ViewState> = fc
  .record(
    {
      year: years,
      country: fc.option(fc.constantFrom(...codes), { nil: undefined }),
      embed: fc.option(fc.constant(true), { nil: undefined }),
    },
    { requiredKeys: ['year'] },
  )
  .map((s) => ({ year: s.year, ...(s.country !== undefined && { country: s.country }), ...(s.embed && { embed: true }) }));

/** Hostile or plain garbage values: any text, prototype keys, markup, huge numbers, NULs, near-misses. */
const value = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    '<script>alert(1)</script>',
    '%00',
    '\u0000',
    '1e3',
    '0x7CF',
    ' 1999',
    '١٩٩٩',
    '-1999',
    'Infinity',
    'NaN',
  ),
  fc.integer().map(String),
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  fc.constantFrom(...codes).map((c) => c.toLowerCase()),
  years.map(String),
);
const key = fc.oneof(fc.constantFrom('year', 'country', 'YEAR', '__proto__', 'constructor', 'embed'), fc.string());
/** A query string built from arbitrary pairs, sometimes with repeated keys, raw or URL-encoded. */
const search = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

// Hundreds of runs each: generous time limits so a busy machine does not fail them.
describe('parseParams, for any query string', { timeout: 30_000 }, () => {
  it('gives a valid state, and a problem for each value it dropped', () => {
    fc.assert(
      fc.property(search, (s) => {
        const { state, problems } = parseParams(s, dataset);
        const params = new URLSearchParams(s);
        expect(Number.isInteger(state.year)).toBe(true);
        expect(state.year).toBeGreaterThanOrEqual(dataset.firstYear);
        expect(state.year).toBeLessThanOrEqual(dataset.latestYear);
        if (state.country !== undefined) expect(dataset.unitByCode.has(state.country)).toBe(true);
        expect(Object.keys(state).every((k) => k === 'year' || k === 'country' || k === 'embed')).toBe(true);
        // Only `embed=1` embeds; any other value is ignored.
        expect(state.embed === true).toBe(params.get('embed') === '1');

        const yearProblem = problems.some((p) => p.param === 'year');
        const countryProblem = problems.some((p) => p.param === 'country');
        // Either the value was taken as written, or the default is shown and the user is told.
        if (params.has('year')) expect(yearProblem || String(state.year) === params.get('year')).toBe(true);
        else expect(state.year).toBe(dataset.latestYear);
        if (yearProblem) expect(state.year).toBe(dataset.latestYear);
        if (params.has('country')) expect(countryProblem || state.country === params.get('country')!.toUpperCase()).toBe(true);
        else expect(state.country).toBeUndefined();
        if (countryProblem) expect(state.country).toBeUndefined();
        for (const p of problems) expect([...p.value].length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toSearch then parseParams', { timeout: 30_000 }, () => {
  it('gives back every valid state, with no problem', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseParams(toSearch(state, dataset), dataset)).toEqual({ state, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the other parameters of the address and still reads back the state', () => {
    // Other parameters: anything but the state's own (year, country, embed).
    const other = fc.array(
      fc.tuple(
        fc.string().filter((k) => !['year', 'country', 'embed'].includes(k)),
        fc.string(),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(validState, other, search, (state, extra, current) => {
        const base = `?${new URLSearchParams([...new URLSearchParams(current), ...extra]).toString()}`;
        const written = new URLSearchParams(toSearch(state, dataset, base));
        // An embedded page's `embed=1` is kept, so the page it leads to is embedded too.
        const embedded = new URLSearchParams(base).get('embed') === '1';
        expect(parseParams(`?${written.toString()}`, dataset)).toEqual({
          state: embedded ? { ...state, embed: true } : state,
          problems: [],
        });
        for (const [k, v] of extra) expect(written.getAll(k)).toContain(v);
      }),
      { numRuns: 500 },
    );
  });
});
