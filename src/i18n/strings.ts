import { en } from './en';

/** The strings of one language; other languages provide the same shape. */
export type Strings = typeof en;

/** The active language's strings. English only for now; French, German, Polish, Russian and Ukrainian follow. */
export const strings: Strings = en;

/** A unit's name as of the year (e.g. "The former Yugoslav Republic of Macedonia" before 2019). */
export function unitName(code: string, year: number, s: Strings): string {
  const entry = s.unitNames[code];
  if (entry === undefined) return code;
  if (typeof entry === 'string') return entry;
  return (entry.find((e) => e.until === undefined || year <= e.until) ?? entry[entry.length - 1]!).name;
}
