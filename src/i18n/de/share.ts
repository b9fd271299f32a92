import { plural } from '../format';
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
  copyCode: 'Code kopieren',
  codeCopied: 'Code kopiert',
  codeManual: 'Ihr Browser hat das Kopieren nicht erlaubt. Der Code ist markiert: Kopieren Sie ihn mit Strg+C oder ⌘C.',
  close: 'Schließen',
  downloads: 'Diese Ansicht herunterladen',
  formats: { svg: 'SVG-Bild', png: 'PNG-Bild', csv: 'CSV-Daten', json: 'JSON-Daten' },
  preparing: 'Download wird vorbereitet…',
  downloadFailed: 'Der Download konnte nicht erstellt werden. Bitte versuchen Sie ein anderes Format.',
  print: 'Drucken',
  openFull: 'Vollständige Karte öffnen',
  newTab: '(öffnet in einem neuen Tab)',
  exportTitle: (year: number) => `NATO-Mitglieder ${year}`,
  exportSubtitle: (count: number, date: string) =>
    `${plural(count, 'de', { one: `${count} Mitglied`, other: `${count} Mitglieder` })} am ${date}`,
  exportSource: (url: string) => `Interaktive Karte und die Quelle jedes Datums: ${url}`,
  frameTitle: (year: number) => `Karte der NATO-Mitglieder ${year}`,
  fileName: (year: number, ext: string) => `nato-mitglieder-${year}.${ext}`,
};
