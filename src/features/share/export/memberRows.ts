import type { Dataset } from '../../../core/domain/dataset';
import { membersInNameOrder } from '../../../core/view/memberOrder';
import { unitName, type Strings } from '../../../i18n/strings';
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
export function memberRows(data: Dataset, year: number, s: Strings): MemberRow[] {
  return membersInNameOrder(data, year, s).map((m) => ({
    name: unitName(m.code, year, s),
    code: m.code,
    accessionDate: m.joined,
    round: m.round,
    sourceUrl: m.source.url,
  }));
}

/** The members of the year as CSV: a header line and one line per member. */
export function membersCsv(data: Dataset, year: number, s: Strings): string {
  return toCsv(memberColumns, memberRows(data, year, s));
}

/** The members of the year as JSON, with the date they are counted on and the credits. */
export function membersJson(data: Dataset, year: number, s: Strings): string {
  const members = memberRows(data, year, s);
  const body = { title: s.share.exportTitle(year), asOf: `${year}-12-31`, count: members.length, members, credits: s.ui.credits };
  return `${JSON.stringify(body, null, 2)}\n`;
}
