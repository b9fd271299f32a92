import { plural } from '../format';
import type { Strings } from '../strings';

/** The EU's name as of 31 December of the year: EWG until 1966, WE until 1992, UE from 1993 (see src/i18n/en/lens.ts). */
const body = (year: number) => (year < 1967 ? 'EWG' : year < 1993 ? 'WE' : 'UE');

/** "1 rok", "2 lata", "5 lat", by the Polish plural rules. */
const years = (n: number) => plural(n, 'pl', { one: `${n} rok`, few: `${n} lata`, many: `${n} lat`, other: `${n} roku` });

/** Polish strings of the lens, of the steps towards NATO and of the EU: see src/i18n/en/lens.ts. */
export const lens: Strings['lens'] = {
  switchLabel: 'Kolory pokazują',
  names: { nato: 'NATO', eu: 'UE', both: 'Oba' },
  descriptions: {
    nato: 'Członkostwo w NATO',
    eu: 'Członkostwo w Unii Europejskiej (przed 1993 rokiem EWG/WE)',
    both: 'NATO i UE razem',
  },
  notice: (value: string) => `Mapa nie może pokazać „${value}”. Pokazano członkostwo w NATO.`,
  path: {
    partner: 'partner Partnerstwa dla Pokoju',
    map: 'Plan działań na rzecz członkostwa',
    invited: 'zaproszenie do przystąpienia',
    aspirant: 'państwo aspirujące do członkostwa',
  },
  pathSuffix: (list: string) => ` (${list})`,
  legend: {
    partner: 'Partnerstwo dla Pokoju',
    map: 'Plan działań na rzecz członkostwa',
    invited: 'Zaproszenie do przystąpienia',
    aspirant: 'Państwo aspirujące',
    'eu-member': 'Członek UE (przed 1993 rokiem EWG/WE)',
    'eu-joined': 'Przystąpienie do UE w tym roku',
    'eu-non-member': 'Poza UE',
    both: 'NATO i UE',
    'nato-only': 'Tylko NATO',
    'eu-only': 'Tylko UE',
    neither: 'Ani jedno, ani drugie',
  },
  euLabel: (name: string, status: 'member' | 'joined' | 'non-member', year: number, since?: string) =>
    status === 'member'
      ? `${name}, w ${body(year)} od ${since}`
      : status === 'joined'
        ? `${name}, przystąpienie do ${body(year)} ${since}`
        : `${name}, poza ${body(year)}`,
  bothLabel: (natoLabel: string, inEu: boolean, year: number) =>
    inEu ? `${natoLabel}; w ${body(year)}` : `${natoLabel}; poza ${body(year)}`,
  mapLabel: {
    eu: (year: number, _nato: number, eu: number) => `Mapa Europy w ${year} roku: członkowie ${body(year)}: ${eu}`,
    both: (year: number, nato: number, eu: number) =>
      `Mapa Europy w ${year} roku: członkowie NATO: ${nato}, członkowie ${body(year)}: ${eu}`,
  },
  euCount: (n: number, year: number) => `${n} w ${body(year)}`,
  caption: {
    joined: (year: number, n: number, plural: string, names: string, count: string) =>
      plural === 'one'
        ? `${year}: ${n} państwo przystąpiło do ${body(year)} (${names}) — ${count}`
        : plural === 'few'
          ? `${year}: ${n} państwa przystąpiły do ${body(year)} (${names}) — ${count}`
          : plural === 'many'
            ? `${year}: ${n} państw przystąpiło do ${body(year)} (${names}) — ${count}`
            : `${year}: ${n} państwa przystąpiło do ${body(year)} (${names}) — ${count}`,
    left: (year: number, names: string, count: string) => `${year}: wystąpienie z ${body(year - 1)}: ${names} — ${count}`,
    none: (year: number, count: string) => `${year}: bez zmian w ${body(year)} — ${count}`,
    before: (year: number) => `${year}: EWG jeszcze nie istnieje (założona 1 stycznia 1958 roku)`,
    members: (n: number, plural: string, year: number) =>
      plural === 'one'
        ? `${n} członek ${body(year)}`
        : plural === 'few'
          ? `${n} członkowie ${body(year)}`
          : plural === 'many'
            ? `${n} członków ${body(year)}`
            : `${n} członka ${body(year)}`,
    both: (nato: string, eu: string) => `${nato}. ${eu}`,
  },
  details: {
    path: 'Droga do NATO',
    steps: {
      partner: 'Partner',
      map: 'Plan działań',
      invited: 'Zaproszenie',
      aspirant: 'Państwo aspirujące',
      member: 'Członek',
      suspended: 'Zawieszenie',
      reactivated: 'Wznowienie',
      'left-aspirants': 'Pozablokowość',
    },
    euSince: 'W UE (EWG/WE) od',
    euJoins: 'Przystępuje do UE (EWG/WE)',
    euLeft: (date: string) => `Wystąpienie z UE (EWG/WE) ${date}.`,
    neverEu: 'Nie jest członkiem UE.',
    cooperationSuspended: (date: string) =>
      `NATO zawiesiło ${date} wszelką praktyczną współpracę z tym państwem; pozostaje ono sygnatariuszem Partnerstwa dla Pokoju.`,
    bothDates: 'NATO i UE',
    natoDate: 'NATO',
    euDate: 'UE',
    gap: (n: number, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? 'W tym samym roku' : first === 'nato' ? `NATO ${years(n)} wcześniej` : `UE ${years(n)} wcześniej`,
  },
  compare: {
    title: 'NATO i UE: daty obok siebie',
    caption:
      'Każde państwo należące dziś zarówno do NATO, jak i do UE (przed 1993 rokiem EWG/WE), z obiema datami przystąpienia i liczbą lat między nimi.',
    columns: { name: 'Państwo', nato: 'NATO', eu: 'UE', gap: 'Różnica w latach' },
    gapValue: (years: string, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? '0' : first === 'nato' ? `NATO wcześniej o ${years}` : `UE wcześniej o ${years}`,
    chart: 'Lata przystąpienia, NATO (koło) i UE (kwadrat), jeden wiersz na państwo',
  },
  table: { eu: 'W UE od' },
};
