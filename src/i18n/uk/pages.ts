import type { Strings } from '../strings';
import { members } from './plurals';

/** Ukrainian strings of the year pages: see src/i18n/en/pages.ts. */
export const pages: Strings['pages'] = {
  title: (year: number, latest: boolean) =>
    latest ? 'Мапа розширення НАТО з 1949 року до сьогодні' : `Члени НАТО у ${year} році: мапа розширення`,
  description: (year: number, count: number) =>
    `Мапа членів НАТО (${count}) станом на 31 грудня ${year} року і того, як альянс виріс із 12 засновників 1949 року, з кожною датою вступу та її джерелом.`,
  previewLead: 'Члени НАТО',
  previewCount: members,
  previewAlt: (year: number, count: number) => `Мапа Європи та Північної Америки, на якій виділено членів НАТО у ${year} році (${count})`,
  members: {
    summary: (count: number, year: number) => `Члени станом на 31 грудня ${year} року: ${count}`,
    label: (year: number) => `Члени у ${year} році`,
    item: (name: string, date: string) => `${name}, ${date}`,
  },
  summary: {
    heading: (year: number) => `${year} рік коротко`,
    lead: (caption: string) => `${caption}.`,
    event: (date: string, title: string) => `${date}: ${title}.`,
    source: (publisher: string) => `(Джерело: ${publisher}.)`,
  },
  noScript: 'Без JavaScript карта показує один рік, а роки вище ведуть до інших.',
  loading: {
    failed: 'Не вдалося завантажити дані мапи. Перевірте з’єднання і спробуйте ще раз.',
    retry: 'Спробувати ще раз',
  },
};
