import type { Dataset } from '../domain/dataset';
import { unitsIn } from '../domain/units';
import { forgetFormatted, formattedSoFar } from '../../i18n/format';
import type { Strings } from '../../i18n/strings';
import { yearAnnouncement } from './announcement';
import { describeDetails } from './describeDetails';
import { eventMarks } from './eventMarks';
import { membersRange } from './membersRange';
import { unitRows } from './unitTable';
import { yearView } from './yearView';
import { memberList } from './memberList';
import { describeChange } from './changeCaption';
import { describeEuChange } from './euCaption';
import { borderFigure } from './borderFigure';

/**
 * Every text the views format through Intl, for every year and every unit's details, by key:
 * computed at build time and shipped with the app (see src/i18n/format.ts), so that the page
 * never pays for starting Intl while it loads or while the slider moves.
 */
export function buildFormatTable(data: Dataset, s: Strings): Record<string, string> {
  forgetFormatted();
  eventMarks(data, s);
  membersRange(data, s);
  for (let year = data.firstYear; year <= data.latestYear; year++) {
    yearView(data, year, s);
    memberList(data, year, s);
    describeChange(data, year, s);
    describeEuChange(data, year, s);
    borderFigure(data, year, s);
    yearAnnouncement(data, year, s);
    unitRows(data, year, s);
    for (const unit of unitsIn(data, year)) describeDetails(data, unit.code, year, s);
  }
  const table = formattedSoFar();
  forgetFormatted();
  return table;
}
