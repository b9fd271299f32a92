import { plural } from '../format';
import type { Strings } from '../strings';

/** French strings of the accessibility features: see src/i18n/en/a11y.ts. */
export const a11y: Strings['a11y'] = {
  yearSettled: (year: number, members: number, joined: number) =>
    joined > 0
      ? `${year} : ${members} membres, ${plural(joined, 'fr', { one: `${joined} nouveau membre`, other: `${joined} nouveaux membres` })}`
      : `${year} : ${members} membres`,
  table: {
    toggle: 'Tableau',
    toMap: 'Carte',
    caption: (year: number) => `Pays et territoires au 31 décembre ${year}`,
    columns: { name: 'Pays ou territoire', status: 'Statut', joined: 'Date d’adhésion', round: 'Vague' },
    sortBy: (column: string) => `Trier par ${column}`,
    none: '—',
  },
};
