import type { Strings } from '../strings';

/** German strings of the accessibility features: see src/i18n/en/a11y.ts. */
export const a11y: Strings['a11y'] = {
  yearSettled: (year: number, members: number, joined: number) =>
    joined > 0 ? `${year}: ${members} Mitglieder, ${joined} beigetreten` : `${year}: ${members} Mitglieder`,
  table: {
    toggle: 'Tabelle',
    toMap: 'Karte',
    caption: (year: number) => `Staaten und Gebiete am 31. Dezember ${year}`,
    columns: { name: 'Staat oder Gebiet', status: 'Status', joined: 'Beitrittsdatum', round: 'Runde' },
    sortBy: (column: string) => `Sortieren nach ${column}`,
    none: '—',
  },
};
