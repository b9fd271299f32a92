import { describe, expect, it } from 'vitest';
import { mapGeometryData, splitMapData } from '../../build/mapData';
import { unitsIn } from '../../src/core/domain/units';
import { dataset } from '../../src/data/dataset';

const full = mapGeometryData();
const { meta, files } = splitMapData(full);
const years = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);

describe('the map data files', () => {
  it('hold every path once, the land with the oldest file and the disputes with the last', () => {
    const ids = files.flatMap((f) => Object.keys(f.shapes));
    expect(ids.sort()).toEqual(Object.keys(full.shapes).sort());
    expect(files.filter((f) => f.land).map((f) => f.since)).toEqual([dataset.firstYear]);
    expect(files.at(-1)!.since).toBeUndefined();
    expect(files.at(-1)!.disputes).toEqual(full.disputes);
    expect(meta).not.toHaveProperty('shapes');
  });

  it.each(years)('give a page of %i every path it lacks and none it holds', (year) => {
    const held = new Set(unitsIn(dataset, year).map((u) => u.shapeId));
    const fetched = files.filter((f) => f.since === undefined || f.since > year).flatMap((f) => Object.keys(f.shapes));
    const kept = files.filter((f) => f.since !== undefined && f.since <= year).flatMap((f) => Object.keys(f.shapes));
    // What the page does not fetch, it holds; what it fetches of the latest year's shapes, it does not hold.
    expect(kept.filter((id) => !held.has(id))).toEqual([]);
    expect(fetched.filter((id) => held.has(id) && !(id in files.at(-1)!.shapes))).toEqual([]);
    expect(new Set([...held, ...fetched]).size).toBe(Object.keys(full.shapes).length);
  });
});
