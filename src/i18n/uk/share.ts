import type { Strings } from '../strings';
import { members } from './plurals';

/** Ukrainian strings of sharing, downloads, embedding and printing: see src/i18n/en/share.ts. */
export const share: Strings['share'] = {
  toolbar: 'Поширити, завантажити й надрукувати',
  copyLink: 'Копіювати посилання',
  linkCopied: 'Посилання скопійовано',
  linkShared: 'Посилання надіслано',
  linkManual: 'Браузер не дозволив копіювання. Посилання виділено нижче: скопіюйте його клавішами Ctrl+C або ⌘C.',
  linkField: 'Посилання на цей вигляд',
  embed: 'Вбудувати',
  embedTitle: 'Вбудувати цю мапу',
  embedIntro: 'Вставте цей код у свою вебсторінку. Мапа відкриється на показаних зараз році та країні, і читачі зможуть рухати повзунок.',
  embedCode: 'Код для вбудовування',
  copyCode: 'Копіювати код',
  codeCopied: 'Код скопійовано',
  codeManual: 'Браузер не дозволив копіювання. Код виділено: скопіюйте його клавішами Ctrl+C або ⌘C.',
  close: 'Закрити',
  downloads: 'Завантажити цей вигляд',
  formats: { svg: 'Зображення SVG', png: 'Зображення PNG', csv: 'Дані CSV', json: 'Дані JSON' },
  preparing: 'Підготовка файлу…',
  downloadFailed: 'Не вдалося підготувати файл. Спробуйте інший формат.',
  print: 'Друк',
  openFull: 'Відкрити повну мапу',
  newTab: '(відкриється в новій вкладці)',
  exportTitle: (year: number) => `Члени НАТО у ${year} році`,
  exportSubtitle: (count: number, date: string) => `${members(count)} станом на ${date}`,
  exportSource: (url: string) => `Інтерактивна мапа і джерело кожної дати: ${url}`,
  frameTitle: (year: number) => `Мапа членів НАТО у ${year} році`,
  fileName: (year: number, ext: string) => `chleny-nato-${year}.${ext}`,
};
