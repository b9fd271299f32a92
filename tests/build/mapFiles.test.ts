import { describe, expect, it } from 'vitest';
import { mapGeometryData, splitMapData } from '../../build/mapData';
import { disputesIn } from '../../src/core/domain/disputes';
import { unitsIn } from '../../src/core/domain/units';
import { dataset } from '../../src/data/dataset';

const full = mapGeometryData();
const { meta, files, all } = splitMapData(full);
const years = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);
const pathsOf = (f: { shapes: object; disputes: object }) => [...Object.keys(f.shapes), ...Object.keys(f.disputes)];

describe('the map data files', () => {
  it('cover every year once, in runs of years that draw the same paths', () => {
    expect(files[0]!.from).toBe(dataset.firstYear);
    expect(files.at(-1)!.to).toBe(dataset.latestYear);
    files.slice(1).forEach((f, i) => expect(f.from).toBe(files[i]!.to + 1));
    // Far fewer files than years: most years draw what the year before drew.
    expect(files.length).toBeLessThan(20);
    expect(meta).not.toHaveProperty('shapes');
  });

  it('hold every path in the file of them all, the land included', () => {
    expect(pathsOf(all).sort()).toEqual(pathsOf(full).sort());
    expect(all.land).toBe(full.land);
  });

  it.each(years)('give a page of %i, in one file, every path it lacks and none it holds', (year) => {
    const held = new Set([...unitsIn(dataset, year).map((u) => u.shapeId), ...disputesIn(dataset, year).map((d) => d.slug)]);
    const file = files.find((f) => f.from <= year && year <= f.to)!;
    expect(pathsOf(file).filter((id) => held.has(id))).toEqual([]);
    expect(new Set([...held, ...pathsOf(file)]).size).toBe(pathsOf(full).length);
    expect(file.land).toBeUndefined();
  });

  it('send the Cold War states to the pages after it, and the latest disputes to the pages before them', () => {
    const page = (year: number) => pathsOf(files.find((f) => f.from <= year && year <= f.to)!);
    expect(page(dataset.latestYear)).toEqual(expect.arrayContaining(['SUN#0', 'DDR#0', 'XWB#0']));
    expect(page(1985)).toEqual(expect.arrayContaining(['crimea', 'kosovo', 'ukraine-2022']));
    expect(page(1985)).not.toContain('northern-cyprus');
  });
});
