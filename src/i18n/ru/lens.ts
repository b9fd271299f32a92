import { plural } from '../format';
import type { Strings } from '../strings';

/** The EU's name as of 31 December of the year: ЕЭС until 1966, ЕС (Европейские сообщества) until 1992, ЕС from 1993 (see src/i18n/en/lens.ts). */
const body = (year: number) => (year < 1967 ? 'ЕЭС' : 'ЕС');

/** "1 год", "2 года", "5 лет", by the Russian plural rules. */
const years = (n: number) => plural(n, 'ru', { one: `${n} год`, few: `${n} года`, many: `${n} лет`, other: `${n} года` });

/** Russian strings of the lens, of the steps towards NATO and of the EU: see src/i18n/en/lens.ts. */
export const lens: Strings['lens'] = {
  switchLabel: 'Цвета показывают',
  names: { nato: 'НАТО', eu: 'ЕС', both: 'Оба' },
  descriptions: {
    nato: 'Членство в НАТО',
    eu: 'Членство в Европейском союзе (до 1993 года — ЕЭС/ЕС)',
    both: 'НАТО и ЕС вместе',
  },
  notice: (value: string) => `Карта не может показать «${value}». Показано членство в НАТО.`,
  path: {
    partner: 'партнёр «Партнёрства ради мира»',
    map: 'План действий по членству',
    invited: 'приглашение к вступлению',
    aspirant: 'претендент на членство',
  },
  pathSuffix: (list: string) => ` (${list})`,
  legend: {
    partner: '«Партнёрство ради мира»',
    map: 'План действий по членству',
    invited: 'Приглашение к вступлению',
    aspirant: 'Претендент',
    'eu-member': 'Член ЕС (до 1993 года — ЕЭС/ЕС)',
    'eu-joined': 'Вступление в ЕС в этом году',
    'eu-non-member': 'Вне ЕС',
    both: 'НАТО и ЕС',
    'nato-only': 'Только НАТО',
    'eu-only': 'Только ЕС',
    neither: 'Ни то, ни другое',
  },
  euLabel: (name: string, status: 'member' | 'joined' | 'non-member', year: number, since?: string) =>
    status === 'member'
      ? `${name}, в ${body(year)} с ${since}`
      : status === 'joined'
        ? `${name}, вступление в ${body(year)} ${since}`
        : `${name}, вне ${body(year)}`,
  bothLabel: (natoLabel: string, inEu: boolean, year: number) =>
    inEu ? `${natoLabel}; в ${body(year)}` : `${natoLabel}; вне ${body(year)}`,
  mapLabel: {
    eu: (year: number, _nato: number, eu: number) => `Карта Европы, ${year} год: членов ${body(year)} — ${eu}`,
    both: (year: number, nato: number, eu: number) => `Карта Европы, ${year} год: членов НАТО — ${nato}, членов ${body(year)} — ${eu}`,
  },
  euCount: (n: number, year: number) => `${n} в ${body(year)}`,
  caption: {
    joined: (year: number, n: number, plural: string, names: string, count: string) =>
      plural === 'one'
        ? `${year}: ${n} государство вступило в ${body(year)} (${names}) — ${count}`
        : plural === 'few'
          ? `${year}: ${n} государства вступили в ${body(year)} (${names}) — ${count}`
          : plural === 'many'
            ? `${year}: ${n} государств вступили в ${body(year)} (${names}) — ${count}`
            : `${year}: ${n} государства вступили в ${body(year)} (${names}) — ${count}`,
    left: (year: number, names: string, count: string) => `${year}: выход из ${body(year - 1)}: ${names} — ${count}`,
    none: (year: number, count: string) => `${year}: в ${body(year)} без изменений — ${count}`,
    before: (year: number) => `${year}: ЕЭС ещё не существует (основано 1 января 1958 года)`,
    members: (n: number, plural: string, year: number) =>
      plural === 'one'
        ? `${n} член ${body(year)}`
        : plural === 'few'
          ? `${n} члена ${body(year)}`
          : plural === 'many'
            ? `${n} членов ${body(year)}`
            : `${n} члена ${body(year)}`,
    both: (nato: string, eu: string) => `${nato}. ${eu}`,
  },
  details: {
    path: 'Путь в НАТО',
    steps: {
      partner: 'Партнёр',
      map: 'План действий',
      invited: 'Приглашение',
      aspirant: 'Претендент',
      member: 'Член',
      suspended: 'Приостановка',
      reactivated: 'Возобновление',
      'left-aspirants': 'Внеблоковость',
    },
    euSince: 'В ЕС (ЕЭС/ЕС) с',
    euJoins: 'Вступает в ЕС (ЕЭС/ЕС)',
    euLeft: (date: string) => `${date} — выход из ЕС (ЕЭС/ЕС).`,
    neverEu: 'Не является членом ЕС.',
    cooperationSuspended: (date: string) =>
      `${date} НАТО приостановило всё практическое сотрудничество с этим государством; оно остаётся подписантом «Партнёрства ради мира».`,
    bothDates: 'НАТО и ЕС',
    natoDate: 'НАТО',
    euDate: 'ЕС',
    gap: (n: number, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? 'В том же году' : first === 'nato' ? `НАТО на ${years(n)} раньше` : `ЕС на ${years(n)} раньше`,
  },
  compare: {
    title: 'НАТО и ЕС: даты рядом',
    caption:
      'Каждое государство, входящее сегодня и в НАТО, и в ЕС (до 1993 года — ЕЭС/ЕС), с обеими датами вступления и числом лет между ними.',
    columns: { name: 'Государство', nato: 'НАТО', eu: 'ЕС', gap: 'Разница в годах' },
    gapValue: (years: string, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? '0' : first === 'nato' ? `НАТО раньше на ${years}` : `ЕС раньше на ${years}`,
    chart: 'Годы вступления, НАТО (круг) и ЕС (квадрат), по одной строке на государство',
  },
  table: { eu: 'В ЕС с' },
};
