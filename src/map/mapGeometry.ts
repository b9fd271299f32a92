import type { Topology } from 'topojson-specification';
import atlas from './atlas.json';
import frames from '../data/frames.json';
import { buildMapGeometry, type Frames } from './geometry';

/** The projected map, built once when the module loads; the slider never re-projects. */
export const mapGeometry = buildMapGeometry(
  atlas as unknown as Topology<never>,
  frames as unknown as Frames,
  new Set(frames.inset.units),
);
