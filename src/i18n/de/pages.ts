import { plural } from '../format';
import type { Strings } from '../strings';

/** German strings of the year pages: see src/i18n/en/pages.ts. */
export const pages: Strings['pages'] = {
  title: (year: number, latest: boolean) =>
    latest ? 'Karte der NATO-Erweiterung, 1949 bis heute' : `NATO-Mitglieder ${year}: Karte der Erweiterung`,
  description: (year: number, count: number) =>
    `Karte der ${count} NATO-Mitglieder am 31. Dezember ${year} und wie das Bündnis seit den 12 Gründern von 1949 gewachsen ist, mit jedem Beitrittsdatum und seiner Quelle.`,
  previewLead: 'NATO-Mitglieder',
  previewCount: (count: number) => plural(count, 'de', { one: `${count} Mitglied`, other: `${count} Mitglieder` }),
  previewAlt: (year: number, count: number) =>
    `Karte Europas und Nordamerikas, auf der die ${count} NATO-Mitglieder von ${year} eingefärbt sind`,
  members: {
    summary: (count: number, year: number) => `Die ${count} Mitglieder am 31. Dezember ${year}`,
    label: (year: number) => `Mitglieder ${year}`,
    item: (name: string, date: string) => `${name}, ${date}`,
  },
  summary: {
    heading: (year: number) => `${year} im Überblick`,
    lead: (caption: string) => `${caption}.`,
    event: (date: string, title: string) => `${date}: ${title}.`,
    source: (publisher: string) => `(Quelle: ${publisher}.)`,
  },
  noScript: 'Ohne JavaScript zeigt die Karte ein Jahr; die Jahre oben führen zu den anderen.',
  loading: {
    failed: 'Die Kartendaten konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
  },
};
