import type { Strings } from '../strings';

/** Russian strings of the timeline: see src/i18n/en/timeline.ts. */
export const timeline: Strings['timeline'] = {
  controls: 'Управление шкалой времени',
  play: 'Воспроизвести',
  pause: 'Пауза',
  previousRound: (year?: number) => (year === undefined ? 'Предыдущая волна' : `Предыдущая волна: ${year}`),
  nextRound: (year?: number) => (year === undefined ? 'Следующая волна' : `Следующая волна: ${year}`),
  markers: 'События на шкале времени',
  key: { accession: 'Расширение', conflict: 'Конфликт', other: 'Другое' },
  marker: (date: string, title: string) => `${date}: ${title}`,
  wholeCaption: 'Показать предложение целиком',
  caption: {
    joined: (year: number, names: string, members: string) => `${year}: вступление в НАТО: ${names} — ${members}`,
    founded: (year: number, names: string, members: string) => `${year}: основатели альянса: ${names} — ${members}`,
    grew: (year: number, former: string, member: string, members: string) =>
      `${year}: бывшая территория (${former}) стала территорией НАТО в составе государства ${member} — ${members}`,
    none: (year: number, members: string) => `${year}: без изменений — ${members}`,
  },
  border: {
    label: (neighbour: string) => `Сухопутная граница НАТО — ${neighbour}`,
    km: (km: string) => `${km} км`,
    chart: 'Длина сухопутной границы НАТО с Россией (до 1991 года — с Советским Союзом) по годам',
    sources: 'Источники:',
  },
  membersRange: (from: string, to: string) => `Члены: ${from} → ${to}`,
  sparkline: (first: number, from: number, last: number, to: number) => `Число членов по годам: ${from} в ${first}, ${to} в ${last}`,
};
