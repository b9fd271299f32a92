import type { Dataset } from '../../../core/domain/dataset';
import type { DisputeRecord, Lens, UnitCode } from '../../../core/domain/types';
import { lensCaption } from '../../../core/view/lensCaption';
import type { YearLabels } from '../../../core/view/labels/mapLabels';
import type { LegendKey } from '../../../core/view/legendKeys';
import { yearView, type DrawnItem } from '../../../core/view/yearView';
import { type Strings } from '../../../i18n/strings';
import type { Palette } from './palette';

export type { LegendKey };

/** Everything an exported image of the map shows: plain data, ready to lay out and draw. */
export interface ExportModel {
  year: number;
  /** What the colours show, as in the app (`?lens=`). */
  lens: Lens;
  /** "NATO in 2004"; in the EU lens "The EU in 2004". */
  title: string;
  /** The year's change, as the app's caption says it in the lens: who joined, and the member count. */
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

/** Builds the exported image's content for the year, selection and lens; `pageUrl` is printed as its source. */
export function exportModel(
  data: Dataset,
  year: number,
  selected: UnitCode | undefined,
  pageUrl: string,
  palette: Palette,
  s: Strings,
  lens: Lens = 'nato',
): ExportModel {
  const { ui, share } = s;
  const view = yearView(data, year, s);
  const subtitle = lensCaption(lens, data, year, s);
  const source = share.exportSourceLine(pageUrl);
  return {
    year,
    lens,
    title: lens === 'nato' ? share.exportTitle(year) : share.exportTitleLens(lens, year),
    subtitle,
    units: view.units,
    disputes: view.disputes,
    selected,
    labels: view.labels,
    // The export draws NATO's classes (the steps towards NATO are the app's alone) or the lens's.
    legend: view.legends[lens].flatMap((key) => {
      const label = legendLabel(key, ui.legend, s.lens.legend);
      return label === undefined ? [] : [{ key, label }];
    }),
    source,
    description: `${subtitle}. ${source}`,
    palette,
  };
}

/** A legend class's label: NATO's (and the disputes') in `ui.legend`, the lens's in `lens.legend`; none for the steps towards NATO. */
function legendLabel(key: LegendKey, nato: Strings['ui']['legend'], lens: Strings['lens']['legend']): string | undefined {
  if (key in lens && !['partner', 'map', 'invited', 'aspirant'].includes(key)) return lens[key as keyof typeof lens];
  const label = (nato as Record<string, unknown>)[key];
  return typeof label === 'string' ? label : undefined;
}
