import { compareCodes } from './order';
import { yearOf, type Dataset } from './dataset';
import type { EventRecord, UnitCode } from './types';

/** Events that happen (or start, or end) in the year, by date. */
export function eventsIn(data: Dataset, year: number): EventRecord[] {
  return data.events.filter((e) => yearOf(e.date) <= year && year <= yearOf(e.endDate ?? e.date)).sort(byDate);
}

/** Events that involve the unit, by date. */
export function eventsFor(data: Dataset, code: UnitCode): EventRecord[] {
  return data.events.filter((e) => e.units.includes(code)).sort(byDate);
}

function byDate(a: EventRecord, b: EventRecord): number {
  return compareCodes(a.date, b.date) || compareCodes(a.id, b.id);
}
