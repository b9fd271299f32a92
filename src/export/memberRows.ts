import type { Dataset } from '../domain/dataset';
import { strings as defaultStrings, unitName, type Strings } from '../i18n/strings';
import { membersInNameOrder } from '../view/memberOrder';
import { toCsv } from './csv';

/** One member in the data downloads, with the same fields in CSV and JSON. */
export interface MemberRow {
  name: string;
  code: string;
  /** Day the instrument of accession was deposited, YYYY-MM-DD. */
  accessionDate: string;
  /** Year of the enlargement round. */
  round: number;
  sourceUrl: string;
}

/** The columns of the CSV download, in order; also the keys of each JSON row. */
export const memberColumns = ['name', 'code', 'accessionDate', 'round', 'sourceUrl'] as const satisfies readonly (keyof MemberRow)[];

/** The members on 31 December of the year, by accession date and then name, named as they were called that year. */
export function memberRows(data: Dataset, year: number, s: Strings = defaultStrings): MemberRow[] {
  return membersInNameOrder(data, year, s).map((m) => ({
    name: unitName(m.code, year, s),
    code: m.code,
    accessionDate: m.joined,
    round: m.round,
    sourceUrl: m.source.url,
  }));
}

/** The members of the year as CSV: a header line and one line per member. */
export function membersCsv(data: Dataset, year: number, s: Strings = defaultStrings): string {
  return toCsv(memberColumns, memberRows(data, year, s));
}

/** The members of the year as JSON, with the date they are counted on and the credits. */
export function membersJson(data: Dataset, year: number, s: Strings = defaultStrings): string {
  const members = memberRows(data, year, s);
  const body = { title: s.share.exportTitle(year), asOf: `${year}-12-31`, count: members.length, members, credits: s.ui.credits };
  return `${JSON.stringify(body, null, 2)}\n`;
}
