import type { Dataset } from '../domain/dataset';
import { formatDate } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';
import { membersInNameOrder } from './memberOrder';

/** One line of the member list: a member state and its accession date. */
export interface MemberLine {
  code: string;
  text: string;
}

/** The member states on 31 December of the year, by accession date and then name, as the member list shows them. */
export function memberList(data: Dataset, year: number, s: Strings): MemberLine[] {
  return membersInNameOrder(data, year, s).map((m) => ({
    code: m.code,
    text: s.pages.members.item(unitName(m.code, year, s), formatDate(m.joined, s.ui.locale)),
  }));
}
