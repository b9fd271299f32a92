import { plural } from '../format';
import type { Strings } from '../strings';

/** The EU's name as of 31 December of the year: ЄЕС until 1966, ЄС (Європейські співтовариства) until 1992, ЄС from 1993 (see src/i18n/en/lens.ts). */
const body = (year: number) => (year < 1967 ? 'ЄЕС' : 'ЄС');

/** "1 рік", "2 роки", "5 років", by the Ukrainian plural rules. */
const years = (n: number) => plural(n, 'uk', { one: `${n} рік`, few: `${n} роки`, many: `${n} років`, other: `${n} року` });

/** Ukrainian strings of the lens, of the steps towards NATO and of the EU: see src/i18n/en/lens.ts. */
export const lens: Strings['lens'] = {
  switchLabel: 'Кольори показують',
  names: { nato: 'НАТО', eu: 'ЄС', both: 'Обидва' },
  descriptions: {
    nato: 'Членство в НАТО',
    eu: 'Членство в Європейському Союзі (до 1993 року — ЄЕС/ЄС)',
    both: 'НАТО і ЄС разом',
  },
  notice: (value: string) => `Мапа не може показати «${value}». Показано членство в НАТО.`,
  path: {
    partner: 'партнер «Партнерства заради миру»',
    map: 'План дій щодо членства',
    invited: 'запрошення до вступу',
    aspirant: 'претендент на членство',
  },
  pathSuffix: (list: string) => ` (${list})`,
  legend: {
    partner: '«Партнерство заради миру»',
    map: 'План дій щодо членства',
    invited: 'Запрошення до вступу',
    aspirant: 'Претендент',
    'eu-member': 'Член ЄС (до 1993 року — ЄЕС/ЄС)',
    'eu-joined': 'Вступ до ЄС цього року',
    'eu-non-member': 'Поза ЄС',
    both: 'НАТО і ЄС',
    'nato-only': 'Лише НАТО',
    'eu-only': 'Лише ЄС',
    neither: 'Ні те, ні інше',
  },
  euLabel: (name: string, status: 'member' | 'joined' | 'non-member', year: number, since?: string) =>
    status === 'member'
      ? `${name}, у ${body(year)} з ${since}`
      : status === 'joined'
        ? `${name}, вступ до ${body(year)} ${since}`
        : `${name}, поза ${body(year)}`,
  bothLabel: (natoLabel: string, inEu: boolean, year: number) =>
    inEu ? `${natoLabel}; у ${body(year)}` : `${natoLabel}; поза ${body(year)}`,
  mapLabel: {
    eu: (year: number, _nato: number, eu: number) => `Мапа Європи, ${year} рік: членів ${body(year)} — ${eu}`,
    both: (year: number, nato: number, eu: number) => `Мапа Європи, ${year} рік: членів НАТО — ${nato}, членів ${body(year)} — ${eu}`,
  },
  euCount: (n: number, year: number) => `${n} у ${body(year)}`,
  caption: {
    joined: (year: number, n: number, plural: string, names: string, count: string) =>
      plural === 'one'
        ? `${year}: ${n} держава вступила до ${body(year)} (${names}) — ${count}`
        : plural === 'few'
          ? `${year}: ${n} держави вступили до ${body(year)} (${names}) — ${count}`
          : plural === 'many'
            ? `${year}: ${n} держав вступили до ${body(year)} (${names}) — ${count}`
            : `${year}: ${n} держави вступили до ${body(year)} (${names}) — ${count}`,
    left: (year: number, names: string, count: string) => `${year}: вихід із ${body(year - 1)}: ${names} — ${count}`,
    none: (year: number, count: string) => `${year}: у ${body(year)} без змін — ${count}`,
    before: (year: number) => `${year}: ЄЕС ще не існує (заснована 1 січня 1958 року)`,
    members: (n: number, plural: string, year: number) =>
      plural === 'one'
        ? `${n} член ${body(year)}`
        : plural === 'few'
          ? `${n} члени ${body(year)}`
          : plural === 'many'
            ? `${n} членів ${body(year)}`
            : `${n} члена ${body(year)}`,
    both: (nato: string, eu: string) => `${nato}. ${eu}`,
  },
  details: {
    path: 'Шлях до НАТО',
    steps: {
      partner: 'Партнер',
      map: 'План дій',
      invited: 'Запрошення',
      aspirant: 'Претендент',
      member: 'Член',
      suspended: 'Призупинення',
      reactivated: 'Відновлення',
      'left-aspirants': 'Позаблоковість',
    },
    euSince: 'У ЄС (ЄЕС/ЄС) з',
    euJoins: 'Вступає до ЄС (ЄЕС/ЄС)',
    euLeft: (date: string) => `${date} — вихід із ЄС (ЄЕС/ЄС).`,
    neverEu: 'Не є членом ЄС.',
    cooperationSuspended: (date: string) =>
      `${date} НАТО призупинило всю практичну співпрацю з цією державою; вона залишається підписантом «Партнерства заради миру».`,
    bothDates: 'НАТО і ЄС',
    natoDate: 'НАТО',
    euDate: 'ЄС',
    gap: (n: number, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? 'Того самого року' : first === 'nato' ? `НАТО на ${years(n)} раніше` : `ЄС на ${years(n)} раніше`,
  },
  compare: {
    title: 'НАТО і ЄС: дати поруч',
    caption:
      'Кожна держава, що сьогодні входить і до НАТО, і до ЄС (до 1993 року — ЄЕС/ЄС), з обома датами вступу та кількістю років між ними.',
    columns: { name: 'Держава', nato: 'НАТО', eu: 'ЄС', gap: 'Різниця в роках' },
    gapValue: (years: string, first: 'nato' | 'eu' | 'same') =>
      first === 'same' ? '0' : first === 'nato' ? `НАТО раніше на ${years}` : `ЄС раніше на ${years}`,
    chart: 'Роки вступу, НАТО (коло) і ЄС (квадрат), по одному рядку на державу',
  },
  table: { eu: 'У ЄС з' },
};
