import type { Dataset } from '../domain/dataset';
import { blocsOf } from '../domain/blocs';
import { euMembershipOf, euStatusOf } from '../domain/eu';
import { membershipOf, statusOf } from '../domain/membership';
import { pathStatusesOf } from '../domain/paths';
import type { PathStatus, Status, UnitCode } from '../domain/types';
import { formatDate, formatList } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';

/** What a user reads about a unit in a year: its name, status and accessible label. */
export interface UnitDescription {
  code: UnitCode;
  name: string;
  status: Status;
  /** `data-status`: the status followed by any bloc and step towards NATO, e.g. "non-member partner aspirant". */
  statusTokens: string;
  /** The step towards NATO the map draws (the furthest), if any. */
  path?: PathStatus;
  /** Accession date, formatted, if it is or becomes a member. */
  joined?: string;
  /** The accessible name in the NATO lens. */
  label: string;
  /** `data-eu`: in the EU (EEC/EC) on 31 December of the year. */
  eu: boolean;
  /** EU status on 31 December, as for NATO: `joined` in the year it joined. */
  euStatus: Status;
  /** The accessible names in the EU lens and in the lens that shows both. */
  euLabel: string;
  bothLabel: string;
}

/** The step the map draws when a unit stands at several: the one nearest membership. */
const FURTHEST: readonly PathStatus[] = ['invited', 'map', 'aspirant', 'partner'];

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
  const path = pathStatusesOf(data, code, year);
  const steps =
    path.length > 0
      ? s.lens.pathSuffix(
          formatList(
            path.map((p) => s.lens.path[p]),
            ui.locale,
          ),
        )
      : '';
  const label = ui.unitLabel(name, status, joined) + blocs.map((b) => ui.blocSuffix[b]).join('') + steps;
  const euStatus = euStatusOf(data, code, year);
  const eu = euStatus !== 'non-member';
  const euSince = eu ? formatDate(euMembershipOf(data, code)!.joined, ui.locale) : undefined;
  return {
    code,
    name,
    status,
    statusTokens: [status, ...blocs, ...path].join(' '),
    path: FURTHEST.find((p) => path.includes(p)),
    joined,
    label,
    eu,
    euStatus,
    euLabel: s.lens.euLabel(name, euStatus, year, euSince),
    bothLabel: s.lens.bothLabel(label, eu, year),
  };
}
