import type { Strings } from '../strings';

/** Russian strings of the map's own tools: see src/i18n/en/mapTools.ts. */
export const mapTools: Strings['mapTools'] = {
  zoom: {
    group: 'Масштаб',
    in: 'Увеличить',
    out: 'Уменьшить',
    reset: 'Показать всю карту',
  },
  eventCard: {
    close: 'Закрыть',
  },
};
