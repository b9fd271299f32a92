import type { Strings } from '../strings';
import { members } from './plurals';

/** Russian strings of the year pages: see src/i18n/en/pages.ts. */
export const pages: Strings['pages'] = {
  title: (year: number, latest: boolean) =>
    latest ? 'Карта расширения НАТО с 1949 года до наших дней' : `Члены НАТО в ${year} году: карта расширения`,
  description: (year: number, count: number) =>
    `Карта членов НАТО (${count}) на 31 декабря ${year} года и того, как альянс вырос из 12 основателей 1949 года, с каждой датой вступления и её источником.`,
  previewLead: 'Члены НАТО',
  previewCount: members,
  previewAlt: (year: number, count: number) => `Карта Европы и Северной Америки, на которой выделены члены НАТО в ${year} году (${count})`,
  members: {
    summary: (count: number, year: number) => `Члены на 31 декабря ${year} года: ${count}`,
    label: (year: number) => `Члены в ${year} году`,
    item: (name: string, date: string) => `${name}, ${date}`,
  },
  summary: {
    heading: (year: number) => `${year} год вкратце`,
    lead: (caption: string) => `${caption}.`,
    event: (date: string, title: string) => `${date}: ${title}.`,
    source: (publisher: string) => `(Источник: ${publisher}.)`,
  },
  noScript: 'Без JavaScript карта показывает один год, а годы выше ведут к остальным.',
  loading: {
    failed: 'Не удалось загрузить данные карты. Проверьте подключение и попробуйте ещё раз.',
    retry: 'Повторить',
  },
};
