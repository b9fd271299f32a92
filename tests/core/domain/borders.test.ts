import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import borders from '../../../src/data/borders.json';
import units from '../../../src/data/units.json';
import { russiaBorder, russiaBorderKm } from '../../../src/core/domain/borders';
import { validateBorders } from '../../../src/core/domain/borderSchema';

describe('russiaBorderKm', () => {
  it.each([
    // Norway–USSR only.
    [1949, 191],
    [1950, 191],
    // Türkiye joins: its borders with the Georgian, Armenian and Azerbaijani SSRs (273 + 311 + 17).
    [1952, 792],
    [1990, 792],
    // On 31 Dec 1991 the USSR is gone: Norway borders Russia; Türkiye's neighbours are no longer Russia.
    [1991, 191],
    [1995, 191],
    // Poland (Kaliningrad, 209).
    [1999, 400],
    // Estonia 324, Latvia 332, Lithuania 261.
    [2004, 1317],
    [2022, 1317],
    // Finland 1,309.
    [2023, 2626],
    [dataset.latestYear, 2626],
  ])('%i: %i km', (year, km) => {
    expect(russiaBorderKm(dataset, year)).toBe(km);
  });

  it.each([
    [1990, ['SUN']],
    [1991, ['RUS']],
  ])('names the neighbour of %i', (year, neighbours) => {
    expect(russiaBorder(dataset, year).neighbours).toEqual(neighbours);
  });
});

describe('the border lengths', () => {
  // CIA World Factbook, as given in shared FACTS.md; every figure within 10% of it.
  it.each([
    ['NOR', 'RUS', undefined, 191],
    ['NOR', 'SUN', undefined, 191],
    ['FIN', 'RUS', undefined, 1309],
    ['EST', 'RUS', undefined, 324],
    ['LVA', 'RUS', undefined, 332],
    ['LTU', 'RUS', undefined, 261],
    ['POL', 'RUS', undefined, 209],
    ['TUR', 'SUN', 'GEO', 273],
    ['TUR', 'SUN', 'ARM', 311],
    ['TUR', 'SUN', 'AZE', 17],
  ])('%s–%s (%s) is within 10%% of %i km', (member, neighbour, via, km) => {
    const record = dataset.borders.find((b) => b.member === member && b.neighbour === neighbour && b.via === via);
    expect(record).toBeDefined();
    expect(Math.abs(record!.km - km) / km).toBeLessThanOrEqual(0.1);
  });

  const codes = new Set(units.units.map((u) => u.code));
  it('pass their schema, each with a source', () => {
    expect(validateBorders(borders.borders, codes)).toEqual([]);
  });

  it.each([
    ['an unknown member', (b: any[]) => (b[0].member = 'ZZZ'), /unknown member ZZZ/],
    ['a negative length', (b: any[]) => (b[0].km = -5), /positive/],
    ['a missing source', (b: any[]) => delete b[0].source, /source/],
    ['a duplicate stretch', (b: any[]) => b.push(structuredClone(b[0])), /duplicate/],
  ])('are rejected with %s', (_, breakIt, message) => {
    const copy = structuredClone(borders.borders) as any[];
    breakIt(copy);
    expect(validateBorders(copy, codes).join('\n')).toMatch(message);
  });
});
