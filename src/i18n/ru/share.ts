import type { Strings } from '../strings';
import { members } from './plurals';

/** Russian strings of sharing, downloads, embedding and printing: see src/i18n/en/share.ts. */
export const share: Strings['share'] = {
  toolbar: 'Поделиться, скачать и распечатать',
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована',
  linkShared: 'Ссылка отправлена',
  linkManual: 'Браузер не разрешил копирование. Ссылка выделена ниже: скопируйте её сочетанием Ctrl+C или ⌘C.',
  linkField: 'Ссылка на этот вид',
  embed: 'Встроить',
  embedTitle: 'Встроить эту карту',
  embedIntro:
    'Вставьте этот код на свою веб-страницу. Карта откроется на показанных сейчас годе и стране, и читатели смогут двигать ползунок.',
  embedCode: 'Код для встраивания',
  copyCode: 'Копировать код',
  codeCopied: 'Код скопирован',
  codeManual: 'Браузер не разрешил копирование. Код выделен: скопируйте его сочетанием Ctrl+C или ⌘C.',
  close: 'Закрыть',
  downloads: 'Скачать этот вид',
  formats: { svg: 'Изображение SVG', png: 'Изображение PNG', csv: 'Данные CSV', json: 'Данные JSON' },
  preparing: 'Подготовка файла…',
  downloadFailed: 'Не удалось подготовить файл. Попробуйте другой формат.',
  print: 'Печать',
  openFull: 'Открыть полную карту',
  newTab: '(откроется в новой вкладке)',
  exportTitle: (year: number) => `Члены НАТО в ${year} году`,
  exportSubtitle: (count: number, date: string) => `${members(count)} на ${date}`,
  exportSource: (url: string) => `Интерактивная карта и источник каждой даты: ${url}`,
  frameTitle: (year: number) => `Карта членов НАТО в ${year} году`,
  fileName: (year: number, ext: string) => `chleny-nato-${year}.${ext}`,
};
