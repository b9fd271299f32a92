import type { Strings } from '../strings';

/** Polish strings of the map's own tools: see src/i18n/en/mapTools.ts. */
export const mapTools: Strings['mapTools'] = {
  zoom: {
    group: 'Powiększenie',
    in: 'Powiększ',
    out: 'Pomniejsz',
    reset: 'Pokaż całą mapę',
  },
  eventCard: {
    close: 'Zamknij',
  },
};
