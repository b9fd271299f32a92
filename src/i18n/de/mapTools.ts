import type { Strings } from '../strings';

/** German strings of the map's own tools: see src/i18n/en/mapTools.ts. */
export const mapTools: Strings['mapTools'] = {
  zoom: {
    group: 'Zoom',
    in: 'Vergrößern',
    out: 'Verkleinern',
    reset: 'Ganze Karte zeigen',
  },
  eventCard: {
    close: 'Schließen',
  },
};
