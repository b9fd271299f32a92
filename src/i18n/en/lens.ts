import type { Lens, PathStatus } from '../../core/domain/types';

/** How many, in words, where English spells it out ("ten states joined the EU"); digits beyond. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const inWords = (n: number) => WORDS[n] ?? String(n);

/** The EU's name as of 31 December of the year: the EEC until the Merger Treaty (1967), the EC until Maastricht (1 November 1993). */
const body = (year: number) => (year < 1967 ? 'the EEC' : year < 1993 ? 'the EC' : 'the EU');

/**
 * English strings of the lens (what the colours show: NATO, the EU or both), of the steps towards
 * NATO (partners, action plans, invitations, aspirants) and of the EU. Plural forms are chosen by
 * `Intl.PluralRules` (see `plural` in format.ts): `one` and `other` in English.
 */
export const lens = {
  /** The lens switch: a named group of radio buttons. */
  switchLabel: 'Colours show',
  names: { nato: 'NATO', eu: 'EU', both: 'Both' } satisfies Record<Lens, string>,
  /** Said of each choice to screen readers. */
  descriptions: {
    nato: 'NATO membership',
    eu: 'Membership of the European Union (EEC/EC before 1993)',
    both: 'NATO and the EU together',
  } satisfies Record<Lens, string>,
  notice: (value: string) => `“${value}” is not something the map can show. Showing NATO membership.`,
  /** The steps towards NATO, as statuses. */
  path: {
    partner: 'Partnership for Peace partner',
    map: 'Membership Action Plan',
    invited: 'invited to join',
    aspirant: 'aspirant to membership',
  } satisfies Record<PathStatus, string>,
  /** Added to a unit's accessible name: its steps towards NATO, as a list. */
  pathSuffix: (list: string) => ` (${list})`,
  legend: {
    partner: 'Partnership for Peace',
    map: 'Membership Action Plan',
    invited: 'Invited to join',
    aspirant: 'Aspirant',
    'eu-member': 'EU member (EEC/EC before 1993)',
    'eu-joined': 'Joined the EU this year',
    'eu-non-member': 'Not in the EU',
    both: 'NATO and EU',
    'nato-only': 'NATO only',
    'eu-only': 'EU only',
    neither: 'Neither',
  },
  /** Accessible names in the EU lens. */
  euLabel: (name: string, status: 'member' | 'joined' | 'non-member', year: number, since?: string) =>
    status === 'member'
      ? `${name}, in ${body(year)} since ${since}`
      : status === 'joined'
        ? `${name}, joined ${body(year)} on ${since}`
        : `${name}, not in ${body(year)}`,
  /** Accessible names in the lens that shows both: the NATO label, then the EU's status. */
  bothLabel: (natoLabel: string, inEu: boolean, year: number) => `${natoLabel}; ${inEu ? 'in' : 'not in'} ${body(year)}`,
  /** The map's accessible name in the EU lens and in the lens that shows both. */
  mapLabel: {
    eu: (year: number, _nato: number, eu: number) => `Map of Europe in ${year}: ${eu} members of ${body(year)}`,
    both: (year: number, nato: number, eu: number) => `Map of Europe in ${year}: ${nato} NATO members, ${eu} members of ${body(year)}`,
  },
  /** Next to the NATO member count, in the EU and both lenses. */
  euCount: (n: number, year: number) => `${n} in ${body(year)}`,
  /** The year's caption in the EU lens. */
  caption: {
    joined: (year: number, n: number, plural: string, names: string, count: string) =>
      `${year}: ${inWords(n)} ${plural === 'one' ? 'state' : 'states'} joined ${body(year)} (${names}) — ${count}`,
    left: (year: number, names: string, count: string) => `${year}: ${names} left ${body(year - 1)} — ${count}`,
    none: (year: number, count: string) => `${year}: no change in ${body(year)} — ${count}`,
    before: (year: number) => `${year}: the EEC does not exist yet (founded on 1 January 1958)`,
    members: (n: number, plural: string, year: number) => `${n} ${plural === 'one' ? 'member' : 'members'} of ${body(year)}`,
    /** The lens that shows both, in a year when both changed (or neither did): the NATO sentence, then the EU's. */
    both: (nato: string, eu: string) => `${nato}. ${eu}`,
  },
  details: {
    path: 'Path to NATO',
    steps: {
      partner: 'Partner',
      map: 'Action plan',
      invited: 'Invited',
      aspirant: 'Aspirant',
      member: 'Member',
      suspended: 'Suspended',
      reactivated: 'Resumed',
      'left-aspirants': 'Non-bloc',
    },
    euSince: 'In the EU (EEC/EC) since',
    euJoins: 'Joins the EU (EEC/EC)',
    euLeft: (date: string) => `Left the EU (EEC/EC) on ${date}.`,
    neverEu: 'Not a member of the EU.',
    cooperationSuspended: (date: string) =>
      `NATO suspended all practical cooperation with it on ${date}; it remains a signatory of the Partnership for Peace.`,
    /** NATO and EU dates side by side, for a state in both. */
    bothDates: 'NATO and EU',
    natoDate: 'NATO',
    euDate: 'EU',
    gap: (years: number, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? 'Same year' : `${first === 'nato' ? 'NATO' : 'EU'} ${years} ${years === 1 ? 'year' : 'years'} earlier`,
  },
  /** The table of NATO and EU dates of every state in both. */
  compare: {
    title: 'NATO and EU: dates side by side',
    caption: 'Every state in both NATO and the EU (EEC/EC before 1993) today, with both accession dates and the years between them.',
    columns: { name: 'State', nato: 'NATO', eu: 'EU', gap: 'Years between' },
    /** The signed gap: positive when NATO came first. */
    gapValue: (years: string, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? '0' : `${first === 'nato' ? 'NATO' : 'EU'} first by ${years}`,
    chart: 'Accession years, NATO (circle) and EU (square), one line per state',
  },
  /** The table view's extra column, and the downloads'. */
  table: { eu: 'In the EU since' },
};
