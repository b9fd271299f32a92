import type { Source } from '../core/domain/types';
import { sourceSlots } from './sourced';
// The same keys, in the same order, as SOURCED (src/data/sourced.ts); the test suite checks it.
import { members } from './members.json';
import { events } from './events.json';
import { disputes } from './disputes.json';
import { warsawPact, partners, actionPlans, invitations, aspirants } from './blocs.json';
import { enlargements, exits } from './eu.json';

/** The sourced records' roots, in SOURCED's order. */
export const sourcedRoots: readonly unknown[] = [
  members,
  events,
  disputes,
  warsawPact,
  partners,
  actionPlans,
  invitations,
  aspirants,
  enlargements,
  exits,
];

/** Every source of the data, numbered in SOURCED's order, as [url, publisher]. */
export type SourceList = Record<number, readonly [url: string, publisher: string]>;

/**
 * Fills the data's sources in, in place, from `list` (by number): the browser build's records hold
 * each source with an empty URL and publisher (build/dataSources.ts), which the records made from them share, so
 * filling it in shows it everywhere. A pre-rendered page carries the sources it shows
 * (`data-sources` on #root), the rest come in a chunk of their own once the app runs.
 */
export function fillSources(list: SourceList): void {
  sourceSlots(sourcedRoots).forEach(([holder, key], i) => {
    const found = list[i];
    if (found) Object.assign(holder[key] as Source, { url: found[0], publisher: found[1] });
  });
}

/**
 * The sources a pre-rendered page shows, by number: those whose link and publisher are both in its
 * HTML (every source shown is a link, named by its publisher or with it as its title).
 */
export function sourcesShownIn(html: string): SourceList {
  const escape = (s: string) =>
    s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
  const shown: Record<number, readonly [string, string]> = {};
  sourceSlots(sourcedRoots).forEach(([holder, key], i) => {
    const { url, publisher } = holder[key] as Source;
    if (html.includes(`"${escape(url)}"`) && html.includes(escape(publisher))) shown[i] = [url, publisher];
  });
  return shown;
}
