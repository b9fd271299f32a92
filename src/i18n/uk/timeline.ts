import type { Strings } from '../strings';

/** Ukrainian strings of the timeline: see src/i18n/en/timeline.ts. */
export const timeline: Strings['timeline'] = {
  controls: 'Керування шкалою часу',
  play: 'Відтворити',
  pause: 'Пауза',
  previousRound: (year?: number) => (year === undefined ? 'Попередня хвиля' : `Попередня хвиля: ${year}`),
  nextRound: (year?: number) => (year === undefined ? 'Наступна хвиля' : `Наступна хвиля: ${year}`),
  markers: 'Події на шкалі часу',
  key: { accession: 'Розширення', conflict: 'Конфлікт', other: 'Інше' },
  marker: (date: string, title: string) => `${date}: ${title}`,
  wholeCaption: 'Показати речення повністю',
  caption: {
    joined: (year: number, names: string, members: string) => `${year}: вступ до НАТО: ${names} — ${members}`,
    founded: (year: number, names: string, members: string) => `${year}: засновники альянсу: ${names} — ${members}`,
    grew: (year: number, former: string, member: string, members: string) =>
      `${year}: колишня територія (${former}) стала територією НАТО у складі держави ${member} — ${members}`,
    none: (year: number, members: string) => `${year}: без змін — ${members}`,
  },
  border: {
    label: (neighbour: string) => `Сухопутний кордон НАТО — ${neighbour}`,
    km: (km: string) => `${km} км`,
    chart: 'Довжина сухопутного кордону НАТО з Росією (до 1991 року — з Радянським Союзом) за роками',
    sources: 'Джерела:',
  },
  membersRange: (from: string, to: string) => `Члени: ${from} → ${to}`,
  sparkline: (first: number, from: number, last: number, to: number) => `Кількість членів за роками: ${from} у ${first}, ${to} у ${last}`,
};
