import type { Dataset } from '../domain/dataset';
import { blocsOf } from '../domain/blocs';
import { membershipOf, statusOf } from '../domain/membership';
import type { Status, UnitCode } from '../domain/types';
import { formatDate } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';

/** What a user reads about a unit in a year: its name, status and accessible label. */
export interface UnitDescription {
  code: UnitCode;
  name: string;
  status: Status;
  /** `data-status`: the status followed by any bloc, e.g. "non-member warsaw-pact". */
  statusTokens: string;
  /** Accession date, formatted, if it is or becomes a member. */
  joined?: string;
  label: string;
}

/** Describes a unit as of 31 December of the year. */
export function describeUnit(data: Dataset, code: UnitCode, year: number, s: Strings): UnitDescription {
  const { ui } = s;
  const status = statusOf(data, code, year);
  const member = membershipOf(data, code);
  const joined = member ? formatDate(member.joined, ui.locale) : undefined;
  const sovereign = data.unitByCode.get(code)?.sovereign;
  const own = unitName(code, year, s);
  const name = sovereign ? ui.territoryOf(own, unitName(sovereign, year, s)) : own;
  const blocs = blocsOf(data, code, year);
  const label = ui.unitLabel(name, status, joined) + blocs.map((b) => ui.blocSuffix[b]).join('');
  return { code, name, status, statusTokens: [status, ...blocs].join(' '), joined, label };
}
