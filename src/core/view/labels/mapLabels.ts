import type { Dataset } from '../../domain/dataset';
import type { MapGeometry } from '../../geo/geometry';
import { shortUnitName, unitName, type Strings } from '../../../i18n/strings';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './placeLabels';
import { placePoint } from '../../geo/anchors';

/** A unit the map names in a year: the year's joiners, then the anchors that are drawn. */
export interface LabelCandidate {
  code: string;
  shapeId: string;
  /** Its name as of the year, then a short form if it has one. */
  names: readonly string[];
  joiner: boolean;
  inset: boolean;
  /** Drawn with a small state's marker: a label points at the marker. */
  marker: boolean;
}

/** The labels of a year and what they must keep clear of: the small states' markers and the pins of the year's events. */
export interface YearLabels {
  candidates: readonly LabelCandidate[];
  markers: readonly string[];
  /** The places (longitude, latitude) of the year's events: the map pins one on each. */
  pins: readonly [number, number][];
}

/** What labelling needs of a drawn unit (a DrawnItem). */
type Drawn = { code: string; shapeId: string; status: string; inset?: string };

/** One size class of the drawn map: from `minWidth` CSS px wide, labels `fontPx` high. */
export interface LabelSize {
  minWidth: number;
  fontPx: number;
  /** The largest a small state's marker gets within the class, as a radius in viewBox units. */
  markerRadius: number;
  /** An event's pin, in CSS px from the place it points at (its tip): drawn at that size at any zoom. */
  pin?: Box;
  /** Width and height, in CSS px, of the controls drawn over the map's top right corner. */
  controls?: readonly [number, number];
}

/** Which units the map names in a year, and the year's `events` whose pins they keep clear of (data and strings alone; placement comes later, per size). */
export function yearLabels(
  data: Dataset,
  year: number,
  units: readonly Drawn[],
  events: readonly { place?: [number, number] }[],
  s: Strings,
): YearLabels {
  const drawn = new Map(units.map((u) => [u.code, u]));
  const candidate = (u: Drawn): LabelCandidate => {
    const name = unitName(u.code, year, s);
    const short = shortUnitName(u.code, year, s);
    const names = short && short !== name ? [name, short] : [name];
    return { code: u.code, shapeId: u.shapeId, names, joiner: isJoiner(u), inset: Boolean(u.inset), marker: data.smallStates.has(u.code) };
  };
  // The states themselves: their dependent territories (Greenland, Guernsey…) join with them unnamed.
  const isJoiner = (u: Drawn) => u.status === 'joined' && data.unitByCode.get(u.code)?.sovereign === undefined;
  const joiners = units.filter(isJoiner).map(candidate);
  const anchors = data.labelAnchors
    .map((code) => drawn.get(code))
    .filter((u): u is Drawn => u !== undefined && !isJoiner(u))
    .map(candidate);
  const markers = units.filter((u) => !u.inset && data.smallStates.has(u.code)).map((u) => u.shapeId);
  const pins = events.flatMap((e) => (e.place ? [e.place] : []));
  return { candidates: [...joiners, ...anchors], markers, pins };
}

/** A year's labels placed: those on the main map (which zooms) and those in the inset (which does not). */
export interface PlacedLabels {
  main: PlacedLabel[];
  inset: PlacedLabel[];
}

const kept = new WeakMap<object, WeakMap<YearLabels, Map<LabelSize, PlacedLabels>>>();

/**
 * The year's labels placed for one size class, remembered per map, year and size: a slider step or
 * a resize within the class only looks them up. The map is known by its points (`extents`), which
 * stay the same objects when its paths arrive after start-up (see fromParts).
 */
export function layoutLabels(geometry: MapGeometry, labels: YearLabels, size: LabelSize): PlacedLabels {
  let byYear = kept.get(geometry.extents);
  if (!byYear) kept.set(geometry.extents, (byYear = new WeakMap()));
  let bySize = byYear.get(labels);
  if (!bySize) byYear.set(labels, (bySize = new Map()));
  let placed = bySize.get(size);
  if (!placed) bySize.set(size, (placed = place(geometry, labels, size)));
  return placed;
}

/**
 * The year's labels placed once, not remembered: for an exported image that shows only `frame` of
 * the main map and measures names with its own font (`measure`, in em).
 */
export function placeLabelsIn(
  geometry: MapGeometry,
  labels: YearLabels,
  size: LabelSize,
  frame: Box,
  measure: (text: string) => number,
): PlacedLabels {
  return place(geometry, labels, size, frame, measure);
}

function place(geometry: MapGeometry, labels: YearLabels, size: LabelSize, frame?: Box, measure?: (text: string) => number): PlacedLabels {
  const { width, height, inset } = geometry;
  const px = width / size.minWidth;
  const insetBox: Box = { x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height };
  const requests: (LabelRequest & { order: number })[] = [];
  for (const c of labels.candidates) {
    const point = (c.marker ? geometry.anchors : geometry.centroids).get(c.shapeId);
    const extent = geometry.extents.get(c.shapeId);
    if (!point || !extent) continue;
    const bounds = c.inset ? insetBox : (frame ?? { x0: 0, y0: 0, x1: width, y1: height });
    // Joiners first, and among them the smallest shapes, which have the fewest good spots.
    const order = c.joiner ? extent[0] * extent[1] : Infinity;
    requests.push({ code: c.code, names: c.names, point, extent: c.marker ? [0, 0] : extent, required: c.joiner, bounds, order });
  }
  requests.sort((a, b) => a.order - b.order);
  const circles = labels.markers.flatMap((id) => {
    const p = geometry.anchors.get(id);
    return p ? [{ x: p[0], y: p[1], r: size.markerRadius }] : [];
  });
  const main = requests.filter((r) => r.bounds !== insetBox);
  const inInset = requests.filter((r) => r.bounds === insetBox);
  const scale = { font: size.fontPx * px, px, measure };
  // On screen (no frame: an export draws neither pins nor controls), names keep clear of the
  // events' pins and of the zoom buttons. Both are drawn in CSS px, so at the class's smallest
  // width they cover the most of the map: boxes made there hold at every larger width.
  const onScreen: Box[] = [];
  if (!frame && size.pin) {
    const pin = size.pin;
    for (const place of labels.pins) {
      const p = placePoint(geometry, place);
      if (p) onScreen.push({ x0: p[0] + pin.x0 * px, y0: p[1] + pin.y0 * px, x1: p[0] + pin.x1 * px, y1: p[1] + pin.y1 * px });
    }
  }
  if (!frame && size.controls) onScreen.push({ x0: width - size.controls[0] * px, y0: 0, x1: width, y1: size.controls[1] * px });
  return {
    main: placeLabels(main, { circles, boxes: [insetBox, ...onScreen] }, scale),
    inset: placeLabels(inInset, { circles: [], boxes: [] }, scale),
  };
}
