import type { Strings } from '../strings';

/** Shorter Polish unit names for the map's labels: see src/i18n/en/mapLabels.ts. */
export const mapLabels: Strings['mapLabels'] = {
  short: {
    CZE: [{ name: 'Czechy', until: 2015 }, { name: 'Czechy' }],
    DEU: [{ name: 'RFN', until: 1989 }, { name: 'Niemcy' }],
    GBR: 'W. Brytania',
    LUX: 'Luks.',
    MKD: [{ name: 'Macedonia', until: 2018 }, { name: 'Maced. Płn.' }],
    NLD: 'Holandia',
    SUN: 'ZSRR',
    USA: 'USA',
    BIH: 'Bośnia i H.',
  },
};
