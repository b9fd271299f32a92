import { russiaBorder } from '../domain/borders';
import type { Dataset } from '../domain/dataset';
import { membersIn } from '../domain/membership';
import { existsIn } from '../domain/units';
import { formatList, formatNumber } from '../../i18n/format';
import { unitName, type Strings } from '../../i18n/strings';
import { yearSeries, type YearPoint } from './series';

/** What the border figure shows for a year. */
export interface BorderFigureView {
  km: number;
  /** "NATO–Russia land border" or, before 1992, "NATO–Soviet Union land border". */
  label: string;
  kmText: string;
  /** The pages the counted lengths come from, once each. */
  sources: { url: string; text: string }[];
}

/** NATO's land border with Russia (the USSR before 1992) on 31 December of the year, in words. */
export function borderFigure(data: Dataset, year: number, s: Strings): BorderFigureView {
  const { km, neighbours, stretches } = russiaBorder(data, year);
  // With no stretch counted, still name whichever neighbour the data speaks of exists in the year.
  const named =
    neighbours.length > 0 ? neighbours : [...new Set(data.borders.map((b) => b.neighbour))].filter((c) => existsIn(data, c, year));
  const neighbour = formatList(
    named.map((c) => unitName(c, year, s)),
    s.ui.locale,
  );
  const pages = new Map(stretches.map((b) => [b.source.url, pageName(b.source.publisher)]));
  return {
    km,
    label: s.timeline.border.label(neighbour),
    kmText: s.timeline.border.km(formatNumber(km, s.ui.locale)),
    sources: [...pages].map(([url, text]) => ({ url, text })),
  };
}

/** "CIA World Factbook: Russia (land boundaries, Norway 191 km)" → the page, without the figure. */
function pageName(publisher: string): string {
  return publisher.replace(/\s*\([^)]*\)$/, '');
}

/** The timeline's year-independent series: members and border length for every year. */
export function timelineSeries(data: Dataset): { members: YearPoint[]; border: YearPoint[] } {
  const { firstYear: first, latestYear: last } = data;
  return {
    members: yearSeries(first, last, (y) => membersIn(data, y).length),
    border: yearSeries(first, last, (y) => russiaBorder(data, y).km),
  };
}
