import type { Strings } from '../strings';

/** French strings of the timeline: see src/i18n/en/timeline.ts. */
export const timeline: Strings['timeline'] = {
  controls: 'Commandes de la frise',
  play: 'Lecture',
  pause: 'Pause',
  previousRound: (year?: number) => (year === undefined ? 'Vague précédente' : `Vague précédente : ${year}`),
  nextRound: (year?: number) => (year === undefined ? 'Vague suivante' : `Vague suivante : ${year}`),
  markers: 'Événements sur la frise',
  key: { accession: 'Élargissement', conflict: 'Conflit', other: 'Autre' },
  marker: (date: string, title: string) => `${date} : ${title}`,
  wholeCaption: 'Afficher la phrase entière',
  caption: {
    joined: (year: number, names: string, members: string) => `${year} : entrée dans l’OTAN : ${names} — ${members}`,
    founded: (year: number, names: string, members: string) => `${year} : fondation de l’Alliance : ${names} — ${members}`,
    grew: (year: number, former: string, member: string, members: string) =>
      `${year} : le territoire de l’ex-${former} devient territoire de l’OTAN (${member}) — ${members}`,
    none: (year: number, members: string) => `${year} : aucun changement — ${members}`,
  },
  border: {
    label: (neighbour: string) => `Frontière terrestre OTAN–${neighbour}`,
    km: (km: string) => `${km} km`,
    chart: 'Longueur de la frontière terrestre de l’OTAN avec la Russie (avec l’Union soviétique jusqu’en 1991), par année',
    sources: 'Sources :',
  },
  membersRange: (from: string, to: string) => `${from} → ${to} membres`,
  sparkline: (first: number, from: number, last: number, to: number) => `Membres par année : ${from} en ${first}, ${to} en ${last}`,
};
