import type { Strings } from '../strings';
import { members } from './plurals';

/** Polish strings of the year pages: see src/i18n/en/pages.ts. */
export const pages: Strings['pages'] = {
  title: (year: number, latest: boolean) =>
    latest ? 'Mapa rozszerzenia NATO od 1949 roku do dziś' : `Członkowie NATO w ${year} roku: mapa rozszerzenia`,
  description: (year: number, count: number) =>
    `Mapa państw członkowskich NATO (${count}) na dzień 31 grudnia ${year} i tego, jak sojusz rozrastał się od 12 założycieli w 1949 roku, z każdą datą przystąpienia i jej źródłem.`,
  previewLead: 'Członkowie NATO w roku',
  previewCount: members,
  previewAlt: (year: number, count: number) => `Mapa Europy i Ameryki Północnej z zaznaczonymi członkami NATO w ${year} roku (${count})`,
  members: {
    summary: (count: number, year: number) => `Członkowie na dzień 31 grudnia ${year}: ${count}`,
    label: (year: number) => `Członkowie w ${year} roku`,
    item: (name: string, date: string) => `${name}, ${date}`,
  },
  summary: {
    heading: (year: number) => `${year} w skrócie`,
    lead: (caption: string) => `${caption}.`,
    event: (date: string, title: string) => `${date}: ${title}.`,
    source: (publisher: string) => `(Źródło: ${publisher}.)`,
  },
  noScript: 'Bez JavaScriptu mapa pokazuje jeden rok, a lata powyżej prowadzą do pozostałych.',
  loading: {
    failed: 'Nie udało się wczytać danych mapy. Sprawdź połączenie i spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
  },
};
