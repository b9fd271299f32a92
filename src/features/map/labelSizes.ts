import type { LabelSize } from '../../core/view/labels/mapLabels';
import { MARKER_RADIUS } from './SmallStateMarkers';
import { PIN_BOX } from './EventPins';

/**
 * The zoom buttons over the map's top right corner, in CSS px, with a few px to spare: three
 * buttons of 44 px (2.75rem, the size for touch) with their gaps and offsets (.zoom-controls in
 * styles.css). Keep the two in step. Where the map is letterboxed (a laptop's), they sit beside
 * the drawing and the corner kept clear is empty sea and tundra anyway.
 */
const CONTROLS_PX = [56, 152] as const;

/**
 * A small state's marker scale on a map `width` CSS px wide, unzoomed: as `--marker` in
 * styles.css (full size from 700 px, down to 0.31 at 400 px and below). Keep the two in step.
 */
export function markerScale(width: number): number {
  return Math.min(1, Math.max(0.31, (width - 400) / 300));
}

/** A marker's radius in viewBox units on a map `width` CSS px wide. */
function markerRadius(width: number, viewWidth: number): number {
  return (MARKER_RADIUS * markerScale(width) * viewWidth) / width;
}

/** The largest radius over widths from `from` up to `to`: it peaks at 700 px where markers stop growing. */
function largestMarker(from: number, to: number, viewWidth: number): number {
  return Math.max(...[from, to, 700].filter((w) => w >= from && w <= to).map((w) => markerRadius(w, viewWidth)));
}

/** The map's size classes: labels are placed once per class, for its smallest width, and stay put within it. */
const CLASSES = [
  { minWidth: 320, fontPx: 10 },
  { minWidth: 480, fontPx: 11 },
  { minWidth: 720, fontPx: 12 },
  { minWidth: 1100, fontPx: 13 },
] as const;

/** The widest map the labels are tested at; wider maps use the last class, whose boxes only shrink. */
export const MAX_MAP_WIDTH = 2560;

const kept = new Map<number, LabelSize[]>();

/** The size classes for a map `viewWidth` viewBox units wide; the same objects each time (placements are remembered per class). */
export function labelSizes(viewWidth: number): LabelSize[] {
  let sizes = kept.get(viewWidth);
  if (!sizes) {
    sizes = CLASSES.map((c, i) => ({
      ...c,
      markerRadius: largestMarker(c.minWidth, CLASSES[i + 1]?.minWidth ?? MAX_MAP_WIDTH, viewWidth),
      pin: PIN_BOX,
      controls: CONTROLS_PX,
    }));
    kept.set(viewWidth, sizes);
  }
  return sizes;
}

/** The class assumed before the map is measured (and in the pre-rendered page): a laptop's. */
export const DEFAULT_SIZE_CLASS = CLASSES.length - 1;

/** The index of the class for a map drawn `width` CSS px wide (the smallest class below 320 px). */
export function sizeClassOf(width: number): number {
  let index = 0;
  CLASSES.forEach((c, i) => {
    if (width >= c.minWidth) index = i;
  });
  return index;
}
