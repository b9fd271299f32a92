import type { Strings } from '../strings';
import { members } from './plurals';

/** Ukrainian strings of the accessibility features: see src/i18n/en/a11y.ts. */
export const a11y: Strings['a11y'] = {
  yearSettled: (year: number, count: number, joined: number) =>
    joined > 0 ? `${year}: ${members(count)}, нових членів: ${joined}` : `${year}: ${members(count)}`,
  table: {
    toggle: 'Таблиця',
    toMap: 'Мапа',
    caption: (year: number) => `Країни та території станом на 31 грудня ${year} року`,
    columns: { name: 'Країна або територія', status: 'Статус', joined: 'Дата вступу', round: 'Хвиля' },
    sortBy: (column: string) => `Сортувати за стовпцем «${column}»`,
    none: '—',
  },
};
