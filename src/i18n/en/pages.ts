/** English strings of the pre-rendered year pages, their previews, the member list and data loading. */
export const pages = {
  /** The page title of a year page; the latest year's page is the app's home. */
  title: (year: number, latest: boolean) => (latest ? 'NATO enlargement map, 1949 to today' : `NATO members in ${year}: enlargement map`),
  description: (year: number, count: number) =>
    `Map of NATO's ${count} members on 31 December ${year}, and how the alliance grew from 12 founders in 1949, with every accession date and its source.`,
  /** Drawn on a year's preview image, above the year. */
  previewLead: 'NATO members in',
  previewCount: (count: number) => `${count} members`,
  previewAlt: (year: number, count: number) => `Map of Europe and North America with NATO's ${count} members in ${year} coloured`,
  members: {
    summary: (count: number, year: number) => `The ${count} members on 31 December ${year}`,
    label: (year: number) => `Members in ${year}`,
    item: (name: string, date: string) => `${name}, ${date}`,
  },
  /** A paragraph of what happened in the year shown, which the year page reads as without JavaScript. */
  summary: {
    heading: (year: number) => `${year} in brief`,
    /** The year's change caption, as the paragraph's first sentence. */
    lead: (caption: string) => `${caption}.`,
    /** One event of the year, followed by a link to its source. */
    event: (date: string, title: string) => `${date}: ${title}.`,
    /** The link to an event's source, after its sentence. */
    source: (publisher: string) => `(Source: ${publisher}.)`,
  },
  /** Shown by the timeline on a year page when JavaScript is off. */
  noScript: 'Without JavaScript the map shows one year, and the years above lead to the others.',
  loading: {
    failed: 'The map data could not be loaded. Check your connection and try again.',
    retry: 'Retry',
  },
};
