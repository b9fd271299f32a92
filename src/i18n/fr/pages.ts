import { plural } from '../format';
import type { Strings } from '../strings';

const members = (count: number) => plural(count, 'fr', { one: `${count} membre`, other: `${count} membres` });

/** French strings of the year pages: see src/i18n/en/pages.ts. */
export const pages: Strings['pages'] = {
  title: (year: number, latest: boolean) =>
    latest ? 'Carte de l’élargissement de l’OTAN, de 1949 à nos jours' : `Les membres de l’OTAN en ${year} : carte de l’élargissement`,
  description: (year: number, count: number) =>
    `Carte des ${count} membres de l’OTAN au 31 décembre ${year}, et de la croissance de l’Alliance depuis ses 12 fondateurs en 1949, avec chaque date d’adhésion et sa source.`,
  previewLead: 'Membres de l’OTAN en',
  previewCount: members,
  previewAlt: (year: number, count: number) =>
    `Carte de l’Europe et de l’Amérique du Nord où sont colorés les ${count} membres de l’OTAN en ${year}`,
  members: {
    summary: (count: number, year: number) => `Les ${count} membres au 31 décembre ${year}`,
    label: (year: number) => `Membres en ${year}`,
    item: (name: string, date: string) => `${name}, ${date}`,
  },
  summary: {
    heading: (year: number) => `${year} en bref`,
    lead: (caption: string) => `${caption}.`,
    event: (date: string, title: string) => `${date} : ${title}.`,
    source: (publisher: string) => `(Source : ${publisher}.)`,
  },
  noScript: 'Sans JavaScript, la carte montre une seule année ; les années ci-dessus mènent aux autres.',
  loading: {
    failed: 'Les données de la carte n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.',
    retry: 'Réessayer',
  },
};
