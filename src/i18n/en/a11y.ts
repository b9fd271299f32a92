/** English strings of the accessibility features: the year announcement and the table view. */
export const a11y = {
  /** Read by screen readers once the year settles, e.g. "2004: 26 members, 7 joined". */
  yearSettled: (year: number, members: number, joined: number) =>
    joined > 0 ? `${year}: ${members} members, ${joined} joined` : `${year}: ${members} members`,
  table: {
    toggle: 'Table',
    /** The same button while the table is shown: it goes back to the map. */
    toMap: 'Map',
    caption: (year: number) => `Countries and territories on 31 December ${year}`,
    columns: { name: 'Country or territory', status: 'Status', joined: 'Accession date', round: 'Round' },
    sortBy: (column: string) => `Sort by ${column}`,
    none: '—',
  },
};
