import type { Dataset } from '../../../core/domain/dataset';
import { membersInNameOrder } from '../../../core/view/memberOrder';
import { unitName, type Strings } from '../../../i18n/strings';
import { toCsv } from './csv';
import { describeUnit } from '../../../core/view/describe';
import { euMembershipOf } from '../../../core/domain/eu';
import { statusOf } from '../../../core/domain/membership';
import { pathOf } from '../../../core/domain/paths';
import { unitsIn } from '../../../core/domain/units';

/** One member in the data downloads, with the same fields in CSV and JSON. */
export interface MemberRow {
  name: string;
  code: string;
  /** Day the instrument of accession was deposited, YYYY-MM-DD; empty for a non-member. */
  accessionDate: string;
  /** Year of the enlargement round; empty for a non-member. */
  round: number | '';
  sourceUrl: string;
  /** The map's `data-status` on 31 December: "member", "joined", or "non-member" and its steps towards NATO ("non-member partner aspirant"). */
  status: string;
  /** Day it joined the EU (EEC/EC), YYYY-MM-DD, if it was in the EU on 31 December; else empty. */
  euAccessionDate: string;
}

/** The columns of the CSV download, in order; also the keys of each JSON row. */
export const memberColumns = [
  'name',
  'code',
  'accessionDate',
  'round',
  'sourceUrl',
  'status',
  'euAccessionDate',
] as const satisfies readonly (keyof MemberRow)[];

/** The members on 31 December of the year, by accession date and then name, named as they were called that year. */
export function memberRows(data: Dataset, year: number, s: Strings): MemberRow[] {
  return membersInNameOrder(data, year, s).map((m) => ({
    name: unitName(m.code, year, s),
    code: m.code,
    accessionDate: m.joined,
    round: m.round,
    sourceUrl: m.source.url,
    ...lensFields(data, m.code, year, s),
  }));
}

/**
 * The other states of the year that the map marks: non-members with a step towards NATO (partner,
 * action plan, invited, aspirant) or in the EU, by code; their source is the step's or the EU's.
 */
export function otherRows(data: Dataset, year: number, s: Strings): MemberRow[] {
  return unitsIn(data, year)
    .filter((u) => !data.unitByCode.get(u.code)?.sovereign && statusOf(data, u.code, year) === 'non-member')
    .map((u) => ({ code: u.code, fields: lensFields(data, u.code, year, s), steps: pathOf(data, u.code) }))
    .filter((r) => /\b(partner|map|invited|aspirant)\b/.test(r.fields.status) || r.fields.euAccessionDate !== '')
    .map(({ code, fields, steps }) => ({
      name: unitName(code, year, s),
      code,
      accessionDate: '',
      round: '' as const,
      sourceUrl: (steps.filter((p) => p.date <= `${year}-12-31`).at(-1)?.source ?? euMembershipOf(data, code)?.source)?.url ?? '',
      ...fields,
    }));
}

function lensFields(data: Dataset, code: string, year: number, s: Strings): Pick<MemberRow, 'status' | 'euAccessionDate'> {
  const unit = describeUnit(data, code, year, s);
  return {
    status: unit.statusTokens,
    euAccessionDate: unit.eu ? (euMembershipOf(data, code)?.joined ?? '') : '',
  };
}

/** The members of the year as CSV: a header line, one line per member, then one per other state the map marks. */
export function membersCsv(data: Dataset, year: number, s: Strings): string {
  return toCsv(memberColumns, [...memberRows(data, year, s), ...otherRows(data, year, s)]);
}

/** The members of the year as JSON, with the date they are counted on and the credits; `others`: the non-members the map marks. */
export function membersJson(data: Dataset, year: number, s: Strings): string {
  const members = memberRows(data, year, s);
  const others = otherRows(data, year, s);
  const body = { title: s.share.exportTitle(year), asOf: `${year}-12-31`, count: members.length, members, others, credits: s.ui.credits };
  return `${JSON.stringify(body, null, 2)}\n`;
}
