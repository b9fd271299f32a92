import type { Dataset } from '../../../core/domain/dataset';
import type { DisputeRecord, UnitCode } from '../../../core/domain/types';
import { formatDate } from '../../../i18n/format';
import { type Strings } from '../../../i18n/strings';
import { yearView, type DrawnItem } from '../../../core/view/yearView';
import type { Palette } from './palette';

/** The legend entries, in the order the app's legend shows them. */
export const legendKeys = ['member', 'joined', 'non-member', 'warsaw-pact', 'occupied', 'disputed'] as const;
export type LegendKey = (typeof legendKeys)[number];

/** Everything an exported image of the map shows: plain data, ready to draw. */
export interface ExportModel {
  year: number;
  title: string;
  subtitle: string;
  units: DrawnItem[];
  disputes: DisputeRecord[];
  selected?: UnitCode;
  legend: { key: LegendKey; label: string }[];
  /** Lines of small print under the map: borders, data sources, the page's address. */
  credits: string[];
  palette: Palette;
}

/** Builds the exported image's content for the year and selection; `pageUrl` is printed as its source. */
export function exportModel(
  data: Dataset,
  year: number,
  selected: UnitCode | undefined,
  pageUrl: string,
  palette: Palette,
  s: Strings,
): ExportModel {
  const { ui, share } = s;
  const view = yearView(data, year, s);
  return {
    year,
    title: share.exportTitle(year),
    subtitle: share.exportSubtitle(view.count, formatDate(`${year}-12-31`, ui.locale)),
    units: view.units,
    disputes: view.disputes,
    selected,
    legend: legendKeys.map((key) => ({ key, label: ui.legend[key] })),
    credits: [ui.credits, share.exportSource(pageUrl)],
    palette,
  };
}
