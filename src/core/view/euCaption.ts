import type { Dataset } from '../domain/dataset';
import { euChangesIn, euMembersIn } from '../domain/eu';
import type { UnitCode } from '../domain/types';
import { formatList, pluralCategory, sortNames } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';

/** What changed in the EU (EEC/EC) in the year, in one sentence, with its member count on 31 December: "2004: ten states joined the EU (…) — 25 members of the EU". */
export function describeEuChange(data: Dataset, year: number, s: Strings): string {
  const { ui, lens } = s;
  const first = Math.min(...data.eu.enlargements.map((e) => Number(e.date.slice(0, 4))));
  if (year < first) return lens.caption.before(year);
  const n = euMembersIn(data, year).length;
  const count = lens.caption.members(n, pluralCategory(n, ui.locale), year);
  const names = (codes: UnitCode[]) =>
    formatList(
      sortNames(
        codes.map((c) => unitName(c, year, s)),
        ui.locale,
      ),
      ui.locale,
    );
  const { joined, left } = euChangesIn(data, year);
  if (joined.length > 0) return lens.caption.joined(year, joined.length, pluralCategory(joined.length, ui.locale), names(joined), count);
  if (left.length > 0) return lens.caption.left(year, names(left), count);
  return lens.caption.none(year, count);
}
