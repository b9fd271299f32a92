import type { Dataset } from './dataset';
import type { UnitCode, UnitPeriod } from './types';

/** A unit as drawn in one year: which of its shapes applies. */
export interface DrawnUnit {
  code: UnitCode;
  /** Atlas shape id, `${code}#${periodIndex}`. */
  shapeId: string;
  inset?: 'north-america';
}

/** Whether a period covers 31 December of the year. */
export function periodCovers(period: Pick<UnitPeriod, 'from' | 'to'>, year: number): boolean {
  return (period.from ?? -Infinity) <= year && year <= (period.to ?? Infinity);
}

/** The units that existed on 31 December of the year, in data order. */
export function unitsIn(data: Dataset, year: number): DrawnUnit[] {
  const drawn: DrawnUnit[] = [];
  for (const unit of data.units) {
    const index = unit.periods.findIndex((p) => periodCovers(p, year));
    if (index >= 0) drawn.push({ code: unit.code, shapeId: shapeIdOf(unit.code, index), inset: unit.inset });
  }
  return drawn;
}

/**
 * The shapes the latest year draws, by the first year that draws each of them (its period's start,
 * or the first year): a page of any year from then on holds them (see build/mapData.ts).
 */
export function latestShapesSince(data: Dataset): Map<string, number> {
  return new Map(
    data.units.flatMap((unit) => {
      const index = unit.periods.findIndex((p) => periodCovers(p, data.latestYear));
      return index < 0
        ? []
        : [[shapeIdOf(unit.code, index), Math.max(unit.periods[index]!.from ?? data.firstYear, data.firstYear)] as const];
    }),
  );
}

/** Whether a unit exists in the year. */
export function existsIn(data: Dataset, code: UnitCode, year: number): boolean {
  return data.unitByCode.get(code)?.periods.some((p) => periodCovers(p, year)) ?? false;
}

/** The atlas id of a unit's shape in one period. */
export function shapeIdOf(code: UnitCode, periodIndex: number): string {
  return `${code}#${periodIndex}`;
}
