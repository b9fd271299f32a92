import type { Dataset } from '../domain/dataset';
import { joinedIn, membersIn } from '../domain/membership';
import { territoryGrowthIn } from '../domain/rounds';
import type { UnitCode } from '../domain/types';
import { formatList, sortNames } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';

/**
 * What changed in the year, in one sentence: who joined, or how NATO's territory grew, or that
 * nothing changed; always with the member count on 31 December.
 */
export function describeChange(data: Dataset, year: number, s: Strings): string {
  const { ui, timeline } = s;
  const members = ui.memberCount(membersIn(data, year).length);
  const names = (codes: UnitCode[]) => {
    const list = sortNames(
      codes.map((c) => unitName(c, year, s)),
      ui.locale,
    );
    return formatList(list, ui.locale);
  };
  const joined = joinedIn(data, year).map((m) => m.code);
  if (joined.length > 0) {
    return year === data.firstYear
      ? timeline.caption.founded(year, names(joined), members)
      : timeline.caption.joined(year, names(joined), members);
  }
  const growth = territoryGrowthIn(data, year);
  if (growth.length > 0) {
    const former = names(growth.flatMap((g) => g.absorbed));
    return timeline.caption.grew(year, former, names(growth.map((g) => g.member)), members);
  }
  return timeline.caption.none(year, members);
}
