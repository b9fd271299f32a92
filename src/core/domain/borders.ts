import type { Dataset } from './dataset';
import { isMemberIn } from './membership';
import type { BorderRecord, UnitCode } from './types';
import { existsIn } from './units';

/** NATO's land border with Russia (or the USSR) on 31 December of a year. */
export interface BorderTotal {
  km: number;
  /** The neighbours it was shared with, in data order (SUN until 1990, RUS from 1991). */
  neighbours: UnitCode[];
  /** The stretches counted. */
  stretches: BorderRecord[];
}

/** Whether a border stretch is NATO's in the year: its member belongs and its neighbour exists on 31 December. */
export function borderCounts(data: Dataset, border: BorderRecord, year: number): boolean {
  return isMemberIn(data, border.member, year) && existsIn(data, border.neighbour, year);
}

/** Length and neighbours of NATO's land border with Russia, or with the USSR before it dissolved. */
export function russiaBorder(data: Dataset, year: number): BorderTotal {
  const counted = data.borders.filter((b) => borderCounts(data, b, year));
  return {
    km: counted.reduce((sum, b) => sum + b.km, 0),
    neighbours: [...new Set(counted.map((b) => b.neighbour))],
    stretches: counted,
  };
}

/** Kilometres of NATO land border with Russia (the USSR until 1991) on 31 December of the year. */
export function russiaBorderKm(data: Dataset, year: number): number {
  return russiaBorder(data, year).km;
}
