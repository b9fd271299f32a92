import type { Strings } from '../strings';

/** French strings of the map's own tools: see src/i18n/en/mapTools.ts. */
export const mapTools: Strings['mapTools'] = {
  zoom: {
    group: 'Zoom',
    in: 'Zoom avant',
    out: 'Zoom arrière',
    reset: 'Afficher toute la carte',
  },
  eventCard: {
    close: 'Fermer',
  },
};
