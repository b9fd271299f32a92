import type { Strings } from '../strings';
import { members } from './plurals';

/** Polish strings of the accessibility features: see src/i18n/en/a11y.ts. */
export const a11y: Strings['a11y'] = {
  yearSettled: (year: number, count: number, joined: number) =>
    joined > 0 ? `${year}: ${members(count)}, nowi członkowie: ${joined}` : `${year}: ${members(count)}`,
  table: {
    toggle: 'Tabela',
    toMap: 'Mapa',
    caption: (year: number) => `Państwa i terytoria na dzień 31 grudnia ${year}`,
    columns: { name: 'Państwo lub terytorium', status: 'Status', joined: 'Data przystąpienia', round: 'Runda' },
    sortBy: (column: string) => `Sortuj według: ${column}`,
    none: '—',
  },
};
