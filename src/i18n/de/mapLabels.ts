import type { Strings } from '../strings';

/** Shorter German unit names for the map's labels: see src/i18n/en/mapLabels.ts. */
export const mapLabels: Strings['mapLabels'] = {
  short: {
    CZE: [{ name: 'Tschech. Rep.', until: 2015 }, { name: 'Tschechien' }],
    DEU: [{ name: 'BRD', until: 1989 }, { name: 'Deutschland' }],
    GBR: 'UK',
    LUX: 'Lux.',
    MKD: [{ name: 'Mazedonien', until: 2018 }, { name: 'Nordmaz.' }],
    NLD: 'Niederl.',
    SUN: 'UdSSR',
    USA: 'USA',
    BIH: 'Bosnien-H.',
  },
};
