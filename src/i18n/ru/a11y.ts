import type { Strings } from '../strings';
import { members } from './plurals';

/** Russian strings of the accessibility features: see src/i18n/en/a11y.ts. */
export const a11y: Strings['a11y'] = {
  yearSettled: (year: number, count: number, joined: number) =>
    joined > 0 ? `${year}: ${members(count)}, новых членов: ${joined}` : `${year}: ${members(count)}`,
  table: {
    toggle: 'Таблица',
    toMap: 'Карта',
    caption: (year: number) => `Страны и территории на 31 декабря ${year} года`,
    columns: { name: 'Страна или территория', status: 'Статус', joined: 'Дата вступления', round: 'Волна' },
    sortBy: (column: string) => `Сортировать по столбцу «${column}»`,
    none: '—',
  },
};
