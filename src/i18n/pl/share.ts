import type { Strings } from '../strings';
import { members } from './plurals';

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
  copyCode: 'Kopiuj kod',
  codeCopied: 'Kod skopiowany',
  codeManual: 'Przeglądarka nie pozwoliła na skopiowanie. Kod jest zaznaczony: skopiuj go skrótem Ctrl+C lub ⌘C.',
  close: 'Zamknij',
  downloads: 'Pobierz ten widok',
  formats: { svg: 'Obraz SVG', png: 'Obraz PNG', csv: 'Dane CSV', json: 'Dane JSON' },
  preparing: 'Przygotowywanie pliku…',
  downloadFailed: 'Nie udało się przygotować pliku. Spróbuj innego formatu.',
  print: 'Drukuj',
  openFull: 'Otwórz pełną mapę',
  newTab: '(otwiera się w nowej karcie)',
  exportTitle: (year: number) => `Członkowie NATO w ${year} roku`,
  exportSubtitle: (count: number, date: string) => `${members(count)} na dzień ${date}`,
  exportSource: (url: string) => `Interaktywna mapa i źródło każdej daty: ${url}`,
  frameTitle: (year: number) => `Mapa członków NATO w ${year} roku`,
  fileName: (year: number, ext: string) => `czlonkowie-nato-${year}.${ext}`,
};
