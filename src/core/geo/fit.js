// Plain JavaScript so that both the app and the build-time atlas step (scripts/atlas) use the
// very same projection: the atlas is clipped to exactly what this projection shows.
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';

/**
 * The outline of a lon/lat box as a polygon whose edges follow the parallels and meridians
 * (densified, since a projection joins vertices by great circles).
 * @param {{ west: number, east: number, south: number, north: number }} box
 * @returns {import('geojson').Feature<import('geojson').Polygon>}
 */
export function boxOutline(box, step = 1) {
  /** @type {[number, number][]} */
  const ring = [];
  for (let x = box.west; x < box.east; x += step) ring.push([x, box.south]);
  for (let y = box.south; y < box.north; y += step) ring.push([box.east, y]);
  for (let x = box.east; x > box.west; x -= step) ring.push([x, box.north]);
  for (let y = box.north; y > box.south; y -= step) ring.push([box.west, y]);
  ring.push(ring[0]);
  // d3-geo wants a clockwise exterior ring; this one runs counter-clockwise on the sphere.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/**
 * The main view: Lambert azimuthal equal-area centred on the frame's centre (as ETRS89-LAEA),
 * fitted to the Europe box, in a viewBox `width` wide and as tall as the box needs.
 * @param {{ width: number, europe: { west: number, east: number, south: number, north: number, centre: number[] } }} frames
 */
export function fitMainProjection(frames) {
  const outline = boxOutline(frames.europe);
  const [lon = 0, lat = 0] = frames.europe.centre;
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]);
  const [[a, b], [c, d]] = geoPath(projection.fitSize([1000, 1000], outline)).bounds(outline);
  const width = frames.width;
  const height = Math.round((width * (d - b)) / (c - a));
  projection
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      outline,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, width, height };
}

/**
 * What the main view shows, as a lon/lat polygon: its border, a margin wide, inverse-projected.
 * @param {{ width: number, europe: { west: number, east: number, south: number, north: number, centre: number[] } }} frames
 * @returns {[number, number][]}
 */
export function viewOutline(frames, margin = 0.02, steps = 40) {
  const { projection, width, height } = fitMainProjection(frames);
  const [x0, y0, x1, y1] = [-margin * width, -margin * height, (1 + margin) * width, (1 + margin) * height];
  /** @type {[number, number][]} */
  const edge = [];
  for (let i = 0; i < steps; i++) edge.push([x0 + ((x1 - x0) * i) / steps, y0]);
  for (let i = 0; i < steps; i++) edge.push([x1, y0 + ((y1 - y0) * i) / steps]);
  for (let i = 0; i < steps; i++) edge.push([x1 - ((x1 - x0) * i) / steps, y1]);
  for (let i = 0; i < steps; i++) edge.push([x0, y1 - ((y1 - y0) * i) / steps]);
  const ring = edge.map((p) => /** @type {[number, number]} */ (projection.invert?.(p)));
  ring.push(ring[0]);
  return ring;
}
