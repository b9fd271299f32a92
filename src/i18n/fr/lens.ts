import { plural } from '../format';
import type { Strings } from '../strings';

/** The EU's name as of 31 December of the year, with its article: la CEE until 1966, la CE until 1992, l’UE from 1993 (see src/i18n/en/lens.ts). */
const body = (year: number) => (year < 1967 ? 'la CEE' : year < 1993 ? 'la CE' : 'l’UE');

const members = (n: number) => plural(n, 'fr', { one: `${n} membre`, other: `${n} membres` });
const years = (n: number) => plural(n, 'fr', { one: `${n} an`, other: `${n} ans` });

/** French strings of the lens, of the steps towards NATO and of the EU: see src/i18n/en/lens.ts. */
export const lens: Strings['lens'] = {
  switchLabel: 'Les couleurs montrent',
  names: { nato: 'OTAN', eu: 'UE', both: 'Les deux' },
  descriptions: {
    nato: 'Adhésion à l’OTAN',
    eu: 'Adhésion à l’Union européenne (CEE/CE avant 1993)',
    both: 'L’OTAN et l’UE ensemble',
  },
  notice: (value: string) => `La carte ne peut pas montrer « ${value} ». Affichage de l’adhésion à l’OTAN.`,
  path: {
    partner: 'partenaire du Partenariat pour la paix',
    map: 'Plan d’action pour l’adhésion',
    invited: 'invité à adhérer',
    aspirant: 'pays aspirant à l’adhésion',
  },
  pathSuffix: (list: string) => ` (${list})`,
  legend: {
    partner: 'Partenariat pour la paix',
    map: 'Plan d’action pour l’adhésion',
    invited: 'Invité à adhérer',
    aspirant: 'Pays aspirant',
    'eu-member': 'Membre de l’UE (CEE/CE avant 1993)',
    'eu-joined': 'Adhésion à l’UE cette année',
    'eu-non-member': 'Hors de l’UE',
    both: 'OTAN et UE',
    'nato-only': 'OTAN seulement',
    'eu-only': 'UE seulement',
    neither: 'Ni l’un ni l’autre',
  },
  euLabel: (name: string, status: 'member' | 'joined' | 'non-member', year: number, since?: string) =>
    status === 'member'
      ? `${name}, membre de ${body(year)} depuis le ${since}`
      : status === 'joined'
        ? `${name}, adhésion à ${body(year)} le ${since}`
        : `${name}, non membre de ${body(year)}`,
  bothLabel: (natoLabel: string, inEu: boolean, year: number) =>
    inEu ? `${natoLabel} ; membre de ${body(year)}` : `${natoLabel} ; non membre de ${body(year)}`,
  mapLabel: {
    eu: (year: number, _nato: number, eu: number) => `Carte de l’Europe en ${year} : ${members(eu)} de ${body(year)}`,
    both: (year: number, nato: number, eu: number) =>
      `Carte de l’Europe en ${year} : ${members(nato)} de l’OTAN, ${members(eu)} de ${body(year)}`,
  },
  euCount: (n: number, year: number) => `${n} dans ${body(year)}`,
  caption: {
    joined: (year: number, n: number, plural: string, names: string, count: string) =>
      plural === 'one'
        ? `${year} : ${n} État a adhéré à ${body(year)} (${names}) — ${count}`
        : `${year} : ${n} États ont adhéré à ${body(year)} (${names}) — ${count}`,
    left: (year: number, names: string, count: string) => `${year} : sortie de ${body(year - 1)} : ${names} — ${count}`,
    none: (year: number, count: string) => `${year} : aucun changement dans ${body(year)} — ${count}`,
    before: (year: number) => `${year} : la CEE n’existe pas encore (fondée le 1er janvier 1958)`,
    members: (n: number, plural: string, year: number) =>
      plural === 'one' ? `${n} membre de ${body(year)}` : `${n} membres de ${body(year)}`,
    both: (nato: string, eu: string) => `${nato}. ${eu}`,
  },
  details: {
    path: 'Parcours vers l’OTAN',
    steps: {
      partner: 'Partenaire',
      map: 'Plan d’action',
      invited: 'Invitation',
      aspirant: 'Pays aspirant',
      member: 'Membre',
      suspended: 'Suspension',
      reactivated: 'Reprise',
      'left-aspirants': 'Statut hors bloc',
    },
    euSince: 'Membre de l’UE (CEE/CE) depuis',
    euJoins: 'Adhésion à l’UE (CEE/CE)',
    euLeft: (date: string) => `Sortie de l’UE (CEE/CE) le ${date}.`,
    neverEu: 'Non membre de l’UE.',
    cooperationSuspended: (date: string) =>
      `L’OTAN a suspendu toute coopération pratique avec ce pays le ${date} ; il reste signataire du Partenariat pour la paix.`,
    bothDates: 'OTAN et UE',
    natoDate: 'OTAN',
    euDate: 'UE',
    gap: (n: number, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? 'La même année' : first === 'nato' ? `L’OTAN ${years(n)} plus tôt` : `L’UE ${years(n)} plus tôt`,
  },
  compare: {
    title: 'OTAN et UE : les dates côte à côte',
    caption:
      'Chaque État membre aujourd’hui à la fois de l’OTAN et de l’UE (CEE/CE avant 1993), avec ses deux dates d’adhésion et les années qui les séparent.',
    columns: { name: 'État', nato: 'OTAN', eu: 'UE', gap: 'Années d’écart' },
    gapValue: (years: string, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? '0' : first === 'nato' ? `OTAN plus tôt de ${years}` : `UE plus tôt de ${years}`,
    chart: 'Années d’adhésion, OTAN (cercle) et UE (carré), une ligne par État',
  },
  table: { eu: 'Membre de l’UE depuis' },
};
