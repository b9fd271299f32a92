import type { MapGeometry } from '../../../core/geo/geometry';
import { placeLabelsIn, type YearLabels } from '../../../core/view/labels/mapLabels';
import type { PlacedLabel } from '../../../core/view/labels/placeLabels';
import type { ExportLayout, PlacedText } from './exportLayout';
import { placeText } from './exportLayout';
import { textWidth } from './measure';

/** A small state's dot in an exported image, in image units. */
export const EXPORT_DOT_RADIUS = 4;

/** A map label in image units, with the line from its shape when it stands off it. */
export interface ExportLabel extends PlacedText {
  code: string;
  leader?: readonly [number, number, number, number];
}

/** Where a point of the map (map units) falls in the image. */
export function toImage(layout: Pick<ExportLayout<string>, 'map'>, [x, y]: readonly [number, number]): [number, number] {
  const { map } = layout;
  return [map.x + (x - map.frame.x0) * map.scale, map.y + (y - map.frame.y0) * map.scale];
}

/**
 * The year's map labels for an exported image: placed by the app's label placement within the
 * image's frame, measured with the bundled bold font, and moved into image units.
 */
export function exportLabels(geometry: MapGeometry, labels: YearLabels, layout: ExportLayout<string>): ExportLabel[] {
  const { scale, frame } = layout.map;
  const size = { minWidth: geometry.width * scale, fontPx: layout.labelSize, markerRadius: (EXPORT_DOT_RADIUS + 2) / scale };
  const placed = placeLabelsIn(geometry, labels, size, frame, (text) => textWidth(text, 1, 'bold'));
  // The inset is drawn where it is on the map, so its labels move with the same transform.
  return [...placed.main, ...placed.inset].map((l) => toExportLabel(l, layout));
}

function toExportLabel(l: PlacedLabel, layout: ExportLayout<string>): ExportLabel {
  const [x, yCentre] = toImage(layout, [l.x, l.y]);
  const size = layout.labelSize;
  // The placement gives the text's vertical centre; the baseline sits half the capital height below it.
  const text = placeText(l.text, x, yCentre + 0.36 * size, size, 'bold', l.anchor);
  const leader = l.leader && ([...toImage(layout, [l.leader[0], l.leader[1]]), ...toImage(layout, [l.leader[2], l.leader[3]])] as const);
  return { ...text, code: l.code, leader };
}
