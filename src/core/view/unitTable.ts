import { compareNames, formatDate, formatList } from '../../i18n/format';
import type { Dataset } from '../domain/dataset';
import { membershipOf } from '../domain/membership';
import type { Bloc, PathStatus, Status, UnitCode } from '../domain/types';
import { euMembershipOf } from '../domain/eu';
import { unitsIn } from '../domain/units';
import { type Strings } from '../../i18n/strings';
import { describeUnit } from './describe';

/** One row of the table view: what the map shows about a unit in the year, as text. */
export interface UnitRow {
  code: UnitCode;
  name: string;
  status: Status;
  statusText: string;
  /** Accession date as YYYY-MM-DD, for members and this year's joiners only: the map shows no more. */
  joinedIso?: string;
  joinedText?: string;
  round?: number;
  roundText?: string;
  /** EU accession date as YYYY-MM-DD, and formatted, for units in the EU (EEC/EC) on 31 December of the year. */
  euIso?: string;
  euText?: string;
}

/** A sortable column of the table. */
export type SortKey = 'name' | 'status' | 'joined' | 'round' | 'eu';

/** Which column the table is sorted by, and which way. */
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Every unit drawn in the year, as the map describes it (same `describeUnit`, same statuses). */
export function unitRows(data: Dataset, year: number, s: Strings): UnitRow[] {
  return unitsIn(data, year).map(({ code }) => {
    const unit = describeUnit(data, code, year, s);
    const member = unit.status === 'non-member' ? undefined : membershipOf(data, code);
    // The blocs the map writes after the status in data-status, e.g. "non-member warsaw-pact", then the steps towards NATO.
    const tokens = unit.statusTokens.split(' ').slice(1);
    const blocs = tokens.filter((t): t is Bloc => t in s.ui.blocSuffix);
    const steps = tokens.filter((t): t is PathStatus => t in s.lens.path);
    const stepsText =
      steps.length > 0
        ? s.lens.pathSuffix(
            formatList(
              steps.map((p) => s.lens.path[p]),
              s.ui.locale,
            ),
          )
        : '';
    const eu = unit.eu ? euMembershipOf(data, code) : undefined;
    return {
      code,
      name: unit.name,
      status: unit.status,
      statusText: s.ui.status[unit.status] + blocs.map((b) => s.ui.blocSuffix[b]).join('') + stepsText,
      euIso: eu?.joined,
      euText: eu && formatDate(eu.joined, s.ui.locale),
      joinedIso: member?.joined,
      joinedText: member && unit.joined,
      round: member?.round,
      roundText: member && s.ui.round(member.round, data.firstYear),
    };
  });
}

const STATUS_ORDER: Record<Status, number> = { member: 0, joined: 1, 'non-member': 2 };

/**
 * Rows sorted by a column; ties by name. Rows without a date or round (non-members) stay at the
 * end whichever the direction, so reversing the sort shows the newest members first, not blanks.
 */
export function sortRows(rows: readonly UnitRow[], { key, direction }: Sort, locale: string): UnitRow[] {
  const compare = compareNames(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: UnitRow, b: UnitRow) => compare(a.name, b.name);
  const value = (r: UnitRow): string | number | undefined =>
    key === 'status'
      ? STATUS_ORDER[r.status]
      : key === 'joined'
        ? r.joinedIso
        : key === 'round'
          ? r.round
          : key === 'eu'
            ? r.euIso
            : undefined;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const [va, vb] = [value(a), value(b)];
    if (va === undefined || vb === undefined) return va === vb ? byName(a, b) : va === undefined ? 1 : -1;
    return (va < vb ? -sign : va > vb ? sign : 0) || byName(a, b);
  });
}
