import { en } from './en';

/** The strings of one language; other languages provide the same shape. */
export type Strings = typeof en;

/** The active language's strings. English only for now; French, German, Polish, Russian and Ukrainian follow. */
export const strings: Strings = en;

/** A unit's name as of the year (e.g. "The former Yugoslav Republic of Macedonia" before 2019). */
export function unitName(code: string, year: number, s: Strings): string {
  return nameIn(s.unitNames, code, year) ?? code;
}

/** A unit's name as of the year in the short form the map's labels use where the full one does not fit; undefined when it has none. */
export function shortUnitName(code: string, year: number, s: Strings): string | undefined {
  return nameIn(s.mapLabels.short, code, year);
}

function nameIn(table: Record<string, string | { name: string; until?: number }[]>, code: string, year: number): string | undefined {
  const entry = table[code];
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return entry;
  return (entry.find((e) => e.until === undefined || year <= e.until) ?? entry[entry.length - 1]!).name;
}
