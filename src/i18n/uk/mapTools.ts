import type { Strings } from '../strings';

/** Ukrainian strings of the map's own tools: see src/i18n/en/mapTools.ts. */
export const mapTools: Strings['mapTools'] = {
  zoom: {
    group: 'Масштаб',
    in: 'Збільшити',
    out: 'Зменшити',
    reset: 'Показати всю мапу',
  },
  eventCard: {
    close: 'Закрити',
  },
};
