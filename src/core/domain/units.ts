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

/** Whether a unit exists in the year. */
export function existsIn(data: Dataset, code: UnitCode, year: number): boolean {
  return data.unitByCode.get(code)?.periods.some((p) => periodCovers(p, year)) ?? false;
}

/** The atlas id of a unit's shape in one period. */
export function shapeIdOf(code: UnitCode, periodIndex: number): string {
  return `${code}#${periodIndex}`;
}
