import type { Strings } from '../strings';

/** Shorter French unit names for the map's labels: see src/i18n/en/mapLabels.ts. */
export const mapLabels: Strings['mapLabels'] = {
  short: {
    CZE: [{ name: 'Rép. tchèque', until: 2015 }, { name: 'Tchéquie' }],
    DDR: 'RDA',
    DEU: [{ name: 'RFA', until: 1989 }, { name: 'Allemagne' }],
    GBR: 'R.-U.',
    LUX: 'Lux.',
    MKD: [{ name: 'ARYM', until: 2018 }, { name: 'Macéd. du Nord' }],
    NLD: 'P.-Bas',
    SUN: 'URSS',
    USA: 'É.-U.',
    BIH: 'Bosnie-H.',
  },
};
