import type { Strings } from '../strings';

/** Shorter Russian unit names for the map's labels: see src/i18n/en/mapLabels.ts. */
export const mapLabels: Strings['mapLabels'] = {
  short: {
    CZE: [{ name: 'Чехия', until: 2015 }, { name: 'Чехия' }],
    GBR: 'Великобр.',
    LUX: 'Люкс.',
    MKD: [{ name: 'Македония', until: 2018 }, { name: 'Сев. Македония' }],
    NLD: 'Нидерл.',
    SUN: 'СССР',
    USA: 'США',
    BIH: 'Босния и Г.',
  },
};
