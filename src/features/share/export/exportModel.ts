import type { Dataset } from '../../../core/domain/dataset';
import type { DisputeRecord, UnitCode } from '../../../core/domain/types';
import { describeChange } from '../../../core/view/changeCaption';
import type { YearLabels } from '../../../core/view/labels/mapLabels';
import type { LegendKey } from '../../../core/view/legendKeys';
import { yearView, type DrawnItem } from '../../../core/view/yearView';
import { type Strings } from '../../../i18n/strings';
import type { Palette } from './palette';

export type { LegendKey };

/** Everything an exported image of the map shows: plain data, ready to lay out and draw. */
export interface ExportModel {
  year: number;
  /** "NATO in 2004". */
  title: string;
  /** The year's change, as the app's caption says it: who joined, and the member count. */
  subtitle: string;
  units: DrawnItem[];
  disputes: DisputeRecord[];
  selected?: UnitCode;
  /** The units the map names this year. */
  labels: YearLabels;
  /** The classes the map shows this year, in the app's legend order. */
  legend: { key: LegendKey; label: string }[];
  /** The last line: the sources of the data and the borders, and the address of the view. */
  source: string;
  /** The image's description for assistive technology and file browsers. */
  description: string;
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
  const subtitle = describeChange(data, year, s);
  const source = share.exportSourceLine(pageUrl);
  return {
    year,
    title: share.exportTitle(year),
    subtitle,
    units: view.units,
    disputes: view.disputes,
    selected,
    labels: view.labels,
    // The export draws NATO's classes; the steps towards NATO and the EU lens are the app's alone.
    legend: view.legend
      .filter((key): key is keyof typeof ui.legend & LegendKey => key in ui.legend)
      .map((key) => ({ key, label: ui.legend[key] })),
    source,
    description: `${subtitle}. ${source}`,
    palette,
  };
}
