import type { Strings } from '../strings';

/** Polish strings of the timeline: see src/i18n/en/timeline.ts. */
export const timeline: Strings['timeline'] = {
  controls: 'Sterowanie osią czasu',
  play: 'Odtwórz',
  pause: 'Wstrzymaj',
  previousRound: (year?: number) => (year === undefined ? 'Poprzednia runda' : `Poprzednia runda: ${year}`),
  nextRound: (year?: number) => (year === undefined ? 'Następna runda' : `Następna runda: ${year}`),
  markers: 'Wydarzenia na osi czasu',
  key: { accession: 'Rozszerzenie', conflict: 'Konflikt', other: 'Inne' },
  marker: (date: string, title: string) => `${date}: ${title}`,
  wholeCaption: 'Pokaż całe zdanie',
  caption: {
    joined: (year: number, names: string, members: string) => `${year}: przystąpienie do NATO: ${names} — ${members}`,
    founded: (year: number, names: string, members: string) => `${year}: założyciele sojuszu: ${names} — ${members}`,
    grew: (year: number, former: string, member: string, members: string) =>
      `${year}: dawne terytorium (${former}) staje się terytorium NATO jako część państwa: ${member} — ${members}`,
    none: (year: number, members: string) => `${year}: bez zmian — ${members}`,
  },
  border: {
    label: (neighbour: string) => `Granica lądowa NATO–${neighbour}`,
    km: (km: string) => `${km} km`,
    chart: 'Długość granicy lądowej NATO z Rosją (do 1991 roku ze Związkiem Radzieckim) w kolejnych latach',
    sources: 'Źródła:',
  },
  membersRange: (from: string, to: string) => `Członkowie: ${from} → ${to}`,
  sparkline: (first: number, from: number, last: number, to: number) =>
    `Liczba członków w kolejnych latach: ${from} w ${first}, ${to} w ${last}`,
};
