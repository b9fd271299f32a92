import type { Dataset } from '../domain/dataset';
import { membersIn } from '../domain/membership';
import type { MemberRecord } from '../domain/types';
import { sortNames } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';

/**
 * The members on 31 December of the year, by accession date and, among those that joined on the
 * same day, alphabetically by the name shown that year in the strings' language (not by code:
 * "France, Iceland, … United Kingdom", "Latvia, Lithuania").
 */
export function membersInNameOrder(data: Dataset, year: number, s: Strings): MemberRecord[] {
  const rounds = new Map<string, MemberRecord[]>();
  for (const m of membersIn(data, year)) rounds.set(m.joined, [...(rounds.get(m.joined) ?? []), m]);
  return [...rounds.values()].flatMap((round) => {
    const byName = new Map(round.map((m) => [unitName(m.code, year, s), m]));
    return sortNames([...byName.keys()], s.ui.locale).map((name) => byName.get(name)!);
  });
}
