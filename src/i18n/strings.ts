import { en } from './en';
import type { EventText } from './en/events';
import type { UnitName } from './en/units';

type English = typeof en;

/**
 * The strings of one language, in the shape of the English ones. Each other language's files are
 * typed with it (`Strings['ui']`…) or, for the tables keyed by unit or event, with `Keyed`, so a
 * missing key is a type error in the file that lacks it.
 */
export type Strings = Omit<English, 'unitNames' | 'unitNotes' | 'eventTexts'> & {
  unitNames: Record<string, UnitName>;
  unitNotes: Record<string, string>;
  eventTexts: Record<string, EventText>;
};

/** A language's table of unit names, unit notes or event texts: every key the English one has. */
export type Keyed<K extends 'unitNames' | 'unitNotes' | 'eventTexts'> = Record<keyof English[K], Strings[K][string]>;

/** The English strings, the default language's; the others are loaded when shown (src/i18n/load.ts). */
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
