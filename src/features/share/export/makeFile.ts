import type { Dataset } from '../../../core/domain/dataset';
import type { ViewState } from '../../../core/domain/params';
import type { Strings } from '../../../i18n/strings';
import type { MapGeometry } from '../../../core/geo/geometry';
import { membersCsv, membersJson } from './memberRows';
import { paletteFrom } from './palette';

import type { ExportFormat } from './formats';

export { exportFormats, type ExportFormat } from './formats';

/** Everything a download is made from. */
export interface ExportInput {
  data: Dataset;
  geometry: MapGeometry;
  state: ViewState;
  strings: Strings;
  /** The page's address, printed under the image as its source. */
  pageUrl: string;
}

/** The name a download of the format is saved under. */
export function fileNameOf(format: ExportFormat, year: number, s: Strings): string {
  return format === 'square' ? s.share.squareFileName(year) : s.share.fileName(year, format);
}

/** Builds the file of one format for the current view, in the browser. */
export async function makeFile(format: ExportFormat, { data, geometry, state, strings, pageUrl }: ExportInput): Promise<Blob> {
  if (format === 'csv') return new Blob([membersCsv(data, state.year, strings)], { type: 'text/csv;charset=utf-8' });
  if (format === 'json') return new Blob([membersJson(data, state.year, strings)], { type: 'application/json' });
  // The image code (and react-dom/server) loads on first use only, keeping it out of the first load.
  const [{ exportModel }, { exportSvg }, { svgToPng, PNG_WIDTH }] = await Promise.all([
    import('./exportModel'),
    import('./exportSvg'),
    import('./png'),
  ]);
  const styles = getComputedStyle(document.documentElement);
  const palette = paletteFrom((name) => styles.getPropertyValue(name));
  const model = exportModel(data, state.year, state.country, pageUrl, palette, strings, state.lens);
  const shape = format === 'square' ? 'square' : 'wide';
  const { svg, width, height } = exportSvg(data, geometry, model, shape);
  if (format === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
  return svgToPng(svg, width, height, PNG_WIDTH[shape]);
}
