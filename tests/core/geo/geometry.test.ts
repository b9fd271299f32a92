import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { unitsIn } from '../../../src/core/domain/units';
import { mapGeometry } from '../../fixtures/realGeometry';

const geometry = mapGeometry;
const years = Array.from({ length: dataset.latestYear - dataset.firstYear + 1 }, (_, i) => dataset.firstYear + i);

describe('the projected map', () => {
  it.each([
    ['Brussels', [4.35, 50.85]],
    ['Reykjavík', [-21.9, 64.1]],
    ['the North Cape', [25.8, 71.1]],
    ['Nicosia', [33.4, 35.2]],
    ['Ankara', [32.9, 39.9]],
    ['the Urals at Yekaterinburg', [60.6, 56.8]],
  ] as const)('shows %s inside the viewBox', (_, point) => {
    const p = geometry.project([...point]);
    expect(p).not.toBeNull();
    const [x, y] = p!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(geometry.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(geometry.height);
  });

  it('draws every unit of every year once, with a non-empty path', () => {
    for (const year of years) {
      const units = unitsIn(dataset, year);
      expect(new Set(units.map((u) => u.code)).size, `${year}`).toBe(units.length);
      for (const u of units) expect(geometry.shapes.get(u.shapeId) ?? '', `${year} ${u.code}`).toMatch(/^M[\d.-]/);
    }
  });

  it('draws every dispute overlay', () => {
    for (const d of dataset.disputes) expect(geometry.disputes.get(d.slug) ?? '', d.slug).toMatch(/^M[\d.-]/);
  });

  it('keeps North America inside its inset', () => {
    const { inset } = geometry;
    for (const code of ['USA', 'CAN']) {
      const numbers = (geometry.shapes.get(`${code}#0`) ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(inset.x);
      expect(Math.max(...xs)).toBeLessThanOrEqual(inset.x + inset.width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(inset.y);
      expect(Math.max(...ys)).toBeLessThanOrEqual(inset.y + inset.height);
    }
  });
});
