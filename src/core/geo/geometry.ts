import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, GeometryObject } from 'geojson';
import type { GeometryCollection, GeometryObject as TopoGeometry, Topology } from 'topojson-specification';
import { fitMainProjection } from './fit.js';
import { shapePoints, type ShapePoints } from './points';

/** The frames the map shows, as in src/data/frames.json. */
export interface Frames {
  width: number;
  europe: { west: number; east: number; south: number; north: number; centre: [number, number] };
  inset: { units: string[]; box: [number, number, number, number]; centre: [number, number] };
}

/** Everything drawn on the map, projected once: path strings keyed by atlas id. */
export interface MapGeometry extends ShapePoints {
  width: number;
  height: number;
  /** Unit shapes by shape id (`DEU#1`). */
  shapes: ReadonlyMap<string, string>;
  /** Disputed or occupied territories by slug. */
  disputes: ReadonlyMap<string, string>;
  /** Land outside the drawn units, as background. */
  land: string;
  inset: { x: number; y: number; width: number; height: number };
  /**
   * Projects [longitude, latitude] in the main view; null when outside the view. Only where the
   * geometry is built from the atlas (build time, tests): the app loads pre-projected paths.
   */
  project?: (point: [number, number]) => [number, number] | null;
}

/** The map geometry as built from the atlas, where the projection is at hand. */
export type ProjectedAtlas = MapGeometry & Required<Pick<MapGeometry, 'project'>>;

type AtlasObjects = { shapes: GeometryCollection; disputes: GeometryCollection; land: TopoGeometry };

/** Projects the atlas: the main view fitted to Europe, the inset fitted to North America. */
export function buildMapGeometry(atlas: Topology<AtlasObjects>, frames: Frames, insetCodes: ReadonlySet<string>): ProjectedAtlas {
  const shapes = features(atlas, 'shapes');
  const { projection: main, width, height } = fitMainProjection(frames);

  const [x0, y0, x1, y1] = frames.inset.box;
  const inset = { x: x0 * width, y: y0 * height, width: (x1 - x0) * width, height: (y1 - y0) * height };
  const insetFeatures = shapes.filter((f) => insetCodes.has(codeOf(f)));
  const insetProjection = geoConicEqualArea()
    .parallels([30, 65])
    .rotate([-frames.inset.centre[0], 0])
    .center([0, frames.inset.centre[1]])
    .fitExtent(
      [
        [inset.x + 4, inset.y + 4],
        [inset.x + inset.width - 4, inset.y + inset.height - 4],
      ],
      collection(insetFeatures),
    );

  const mainPath = geoPath(main);
  const insetPath = geoPath(insetProjection);
  const draw = (f: Feature) => (insetCodes.has(codeOf(f)) ? insetPath(f) : mainPath(f)) ?? '';
  const drawn = new Map(shapes.map((f) => [String(f.id), draw(f)]));
  return {
    width,
    height,
    shapes: drawn,
    ...shapePoints(drawn),
    disputes: new Map(features(atlas, 'disputes').map((f) => [String(f.id), mainPath(f) ?? ''])),
    land: features(atlas, 'land')
      .map((f) => mainPath(f) ?? '')
      .join(''),
    inset,
    project: (point) => {
      const p = main(point);
      return p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height ? [p[0], p[1]] : null;
    },
  };
}

/** The unit code of a shape id such as `DEU#1`. */
export function codeOf(f: Feature): string {
  return String(f.id).split('#')[0]!;
}

function features(atlas: Topology<AtlasObjects>, name: keyof AtlasObjects): Feature[] {
  const result = feature(atlas, atlas.objects[name]) as FeatureCollection | Feature;
  return result.type === 'FeatureCollection' ? result.features : [result];
}

function collection(fs: Feature[]): FeatureCollection<GeometryObject> {
  return { type: 'FeatureCollection', features: fs as Feature<GeometryObject>[] };
}
