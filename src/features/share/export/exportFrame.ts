import type { Dataset } from '../../../core/domain/dataset';
import { membersIn } from '../../../core/domain/membership';
import { unitsIn } from '../../../core/domain/units';
import { pathRings } from '../../../core/geo/centroid';
import type { MapGeometry } from '../../../core/geo/geometry';
import type { Box } from '../../../core/view/labels/placeLabels';

/** Margin around NATO's Europe, as a share of the map's width. */
const MARGIN = 0.015;

const kept = new WeakMap<object, Box>();

/**
 * The part of the map an exported image shows: the European shapes of every unit in the alliance
 * in its latest year (so each year's image has the same frame), the North American inset, and a
 * small margin, within the map: the Caspian Sea and Central Asia stay out.
 */
export function natoFrame(data: Dataset, geometry: MapGeometry): Box {
  let frame = kept.get(geometry.extents);
  if (!frame) kept.set(geometry.extents, (frame = measureFrame(data, geometry)));
  return frame;
}

function measureFrame(data: Dataset, geometry: MapGeometry): Box {
  const { width, height, inset } = geometry;
  const box: Box = { x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height };
  const members = new Set(membersIn(data, data.latestYear).map((m) => m.code));
  for (const unit of unitsIn(data, data.latestYear)) {
    const sovereign = data.unitByCode.get(unit.code)?.sovereign;
    // The members themselves, not their far territories (Greenland, Svalbard stay in the frame only if they fit).
    if (unit.inset || sovereign !== undefined || !members.has(unit.code)) continue;
    for (const ring of pathRings(geometry.shapes.get(unit.shapeId) ?? '')) {
      for (const [x, y] of ring) {
        box.x0 = Math.min(box.x0, x);
        box.y0 = Math.min(box.y0, y);
        box.x1 = Math.max(box.x1, x);
        box.y1 = Math.max(box.y1, y);
      }
    }
  }
  const m = MARGIN * width;
  return { x0: Math.max(0, box.x0 - m), y0: Math.max(0, box.y0 - m), x1: Math.min(width, box.x1 + m), y1: Math.min(height, box.y1 + m) };
}

/**
 * The frame grown to the aspect of a `width`×`height` area, about its centre and kept within the
 * map where the map is large enough, so the area shows map rather than empty bands.
 */
export function frameToAspect(frame: Box, width: number, height: number, geometry: Pick<MapGeometry, 'width' | 'height'>): Box {
  const fw = frame.x1 - frame.x0;
  const fh = frame.y1 - frame.y0;
  const w = Math.max(fw, (fh * width) / height);
  const h = Math.max(fh, (fw * height) / width);
  const fit = (lo: number, hi: number, size: number, max: number) => {
    const start = Math.min(Math.max(0, (lo + hi - size) / 2), Math.max(0, max - size));
    return size > max ? (lo + hi - size) / 2 : start;
  };
  const x0 = fit(frame.x0, frame.x1, w, geometry.width);
  const y0 = fit(frame.y0, frame.y1, h, geometry.height);
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}
