import type { Dataset } from '../domain/dataset';
import { formatNumber } from '../../i18n/format';
import type { Strings } from '../../i18n/strings';
import { timelineSeries } from './borderFigure';

/** The member chart's visible caption, from the first year's count to the latest's: "12 → 32 members". */
export function membersRange(data: Dataset, s: Strings): string | undefined {
  const points = timelineSeries(data).members;
  const from = points[0];
  const to = points[points.length - 1];
  if (!from || !to) return undefined;
  return s.timeline.membersRange(formatNumber(from.value, s.ui.locale), formatNumber(to.value, s.ui.locale));
}
