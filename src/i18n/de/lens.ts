import { plural } from '../format';
import type { Strings } from '../strings';

/**
 * The EU's name as of 31 December of the year: EWG until 1966, EG until 1992, EU from 1993 (see
 * src/i18n/en/lens.ts). All three are feminine, so the sentences carry the article in its case
 * (die, der).
 */
const body = (year: number) => (year < 1967 ? 'EWG' : year < 1993 ? 'EG' : 'EU');

const years = (n: number) => plural(n, 'de', { one: `${n} Jahr`, other: `${n} Jahre` });

/** German strings of the lens, of the steps towards NATO and of the EU: see src/i18n/en/lens.ts. */
export const lens: Strings['lens'] = {
  switchLabel: 'Farben zeigen',
  names: { nato: 'NATO', eu: 'EU', both: 'Beides' },
  descriptions: {
    nato: 'NATO-Mitgliedschaft',
    eu: 'Mitgliedschaft in der Europäischen Union (vor 1993 EWG/EG)',
    both: 'NATO und EU zusammen',
  },
  notice: (value: string) => `Die Karte kann „${value}“ nicht zeigen. Gezeigt wird die NATO-Mitgliedschaft.`,
  path: {
    partner: 'Partner der Partnerschaft für den Frieden',
    map: 'Aktionsplan zur Mitgliedschaft',
    invited: 'zum Beitritt eingeladen',
    aspirant: 'Anwärter auf die Mitgliedschaft',
  },
  pathSuffix: (list: string) => ` (${list})`,
  legend: {
    partner: 'Partnerschaft für den Frieden',
    map: 'Aktionsplan zur Mitgliedschaft',
    invited: 'Zum Beitritt eingeladen',
    aspirant: 'Anwärter',
    'eu-member': 'EU-Mitglied (vor 1993 EWG/EG)',
    'eu-joined': 'In diesem Jahr der EU beigetreten',
    'eu-non-member': 'Nicht in der EU',
    both: 'NATO und EU',
    'nato-only': 'Nur NATO',
    'eu-only': 'Nur EU',
    neither: 'Keines von beiden',
  },
  euLabel: (name: string, status: 'member' | 'joined' | 'non-member', year: number, since?: string) =>
    status === 'member'
      ? `${name}, in der ${body(year)} seit ${since}`
      : status === 'joined'
        ? `${name}, der ${body(year)} beigetreten am ${since}`
        : `${name}, nicht in der ${body(year)}`,
  bothLabel: (natoLabel: string, inEu: boolean, year: number) =>
    inEu ? `${natoLabel}; in der ${body(year)}` : `${natoLabel}; nicht in der ${body(year)}`,
  mapLabel: {
    eu: (year: number, _nato: number, eu: number) => `Karte Europas ${year}: ${eu} Mitglieder der ${body(year)}`,
    both: (year: number, nato: number, eu: number) => `Karte Europas ${year}: ${nato} NATO-Mitglieder, ${eu} Mitglieder der ${body(year)}`,
  },
  euCount: (n: number, year: number) => `${n} in der ${body(year)}`,
  caption: {
    joined: (year: number, n: number, plural: string, names: string, count: string) =>
      plural === 'one'
        ? `${year}: ${n} Staat trat der ${body(year)} bei (${names}) — ${count}`
        : `${year}: ${n} Staaten traten der ${body(year)} bei (${names}) — ${count}`,
    left: (year: number, names: string, count: string) => `${year}: Austritt aus der ${body(year - 1)}: ${names} — ${count}`,
    none: (year: number, count: string) => `${year}: keine Veränderung in der ${body(year)} — ${count}`,
    before: (year: number) => `${year}: Die EWG besteht noch nicht (gegründet am 1. Januar 1958)`,
    members: (n: number, plural: string, year: number) =>
      plural === 'one' ? `${n} Mitglied der ${body(year)}` : `${n} Mitglieder der ${body(year)}`,
    both: (nato: string, eu: string) => `${nato}. ${eu}`,
  },
  details: {
    path: 'Weg in die NATO',
    steps: {
      partner: 'Partner',
      map: 'Aktionsplan',
      invited: 'Einladung',
      aspirant: 'Anwärter',
      member: 'Mitglied',
      suspended: 'Aussetzung',
      reactivated: 'Wiederaufnahme',
      'left-aspirants': 'Blockfreiheit',
    },
    euSince: 'In der EU (EWG/EG) seit',
    euJoins: 'Tritt der EU (EWG/EG) bei',
    euLeft: (date: string) => `Austritt aus der EU (EWG/EG) am ${date}.`,
    neverEu: 'Kein EU-Mitglied.',
    cooperationSuspended: (date: string) =>
      `Die NATO hat am ${date} jede praktische Zusammenarbeit mit diesem Staat ausgesetzt; er bleibt Unterzeichner der Partnerschaft für den Frieden.`,
    bothDates: 'NATO und EU',
    natoDate: 'NATO',
    euDate: 'EU',
    gap: (n: number, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? 'Im selben Jahr' : first === 'nato' ? `NATO ${years(n)} früher` : `EU ${years(n)} früher`,
  },
  compare: {
    title: 'NATO und EU: die Daten nebeneinander',
    caption:
      'Jeder Staat, der heute sowohl der NATO als auch der EU (vor 1993 EWG/EG) angehört, mit beiden Beitrittsdaten und den Jahren dazwischen.',
    columns: { name: 'Staat', nato: 'NATO', eu: 'EU', gap: 'Jahre dazwischen' },
    gapValue: (years: string, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? '0' : first === 'nato' ? `NATO um ${years} früher` : `EU um ${years} früher`,
    chart: 'Beitrittsjahre, NATO (Kreis) und EU (Quadrat), eine Zeile pro Staat',
  },
  table: { eu: 'In der EU seit' },
};
