import type { Dataset } from '../domain/dataset';
import { joinedIn, membersIn } from '../domain/membership';
import { type Strings } from '../../i18n/strings';

/** What a screen reader hears once the year settles, e.g. "2004: 26 members, 7 joined". */
export function yearAnnouncement(data: Dataset, year: number, s: Strings): string {
  return s.a11y.yearSettled(year, membersIn(data, year).length, joinedIn(data, year).length);
}
