import type { Strings } from '../strings';

/** Shorter Ukrainian unit names for the map's labels: see src/i18n/en/mapLabels.ts. */
export const mapLabels: Strings['mapLabels'] = {
  short: {
    CZE: [{ name: 'Чехія', until: 2015 }, { name: 'Чехія' }],
    GBR: 'Велика Брит.',
    LUX: 'Люкс.',
    MKD: [{ name: 'Македонія', until: 2018 }, { name: 'Півн. Македонія' }],
    NLD: 'Нідерл.',
    SUN: 'СРСР',
    USA: 'США',
    BIH: 'Боснія і Г.',
  },
};
