/**
 * Shorter forms of unit names for the map's labels, used where the full name (from unitNames)
 * does not fit. Same shape as unitNames: a list gives forms that changed over time.
 */
export const mapLabels: { short: Record<string, string | { name: string; until?: number }[]> } = {
  short: {
    CZE: [{ name: 'Czech Rep.', until: 2015 }, { name: 'Czechia' }],
    DDR: 'E. Germany',
    DEU: [{ name: 'W. Germany', until: 1989 }, { name: 'Germany' }],
    GBR: 'UK',
    LUX: 'Lux.',
    MKD: [{ name: 'Macedonia', until: 2018 }, { name: 'N. Macedonia' }],
    NLD: 'Neth.',
    SUN: 'USSR',
    USA: 'US',
  },
};
