// Pieces are the atomic, disjoint polygons every unit shape is merged from:
// 50m countries by ISO alpha-3, plus the special cuts below.
import { feature } from 'topojson-client';
import { toMulti } from './clip.mjs';
import { clipToFrame, FRAMES } from './frames.mjs';
import { splitGermany } from './germany.mjs';
import { splitUkraine } from './crimea.mjs';
import { splitUkraine2022 } from './ukraine2022.mjs';
import { fixVatican } from './vatican.mjs';

// Zero-area rings (the 50m Vatican and its "hole" in Italy) would only
// confuse polygon-clipping.
function ringArea(ring) {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a / 2;
}
const dropEmptyRings = (mp) => mp.map((poly) => poly.filter((ring) => ringArea(ring) !== 0)).filter((poly) => poly.length);

function countries(world) {
  const byA3 = new Map();
  for (const g of world.objects.countries.geometries) {
    byA3.set(g.properties.a3, dropEmptyRings(toMulti(feature(world, g).geometry)));
  }
  return byA3;
}

// Piece id -> frame name, from the units that use it.
function pieceFrames(units) {
  const frames = new Map();
  for (const unit of units) {
    const frame = unit.inset ?? 'europe';
    if (!FRAMES[frame]) throw new Error(`unknown inset ${frame} on ${unit.code}`);
    for (const period of unit.periods)
      for (const id of period.parts) {
        if (frames.has(id) && frames.get(id) !== frame) throw new Error(`${id} is in two frames`);
        frames.set(id, frame);
      }
  }
  return frames;
}

// Returns [{id, frame, coordinates}] sorted by id (stable output bytes);
// coordinates are polygon-clipping MultiPolygons (counter-clockwise).
export function buildPieces(world, units, admin1) {
  const source = countries(world);
  const ukraine = splitUkraine(source.get('UKR'), admin1);
  const special = {
    ...splitGermany(source.get('DEU'), admin1),
    ...ukraine,
    ...splitUkraine2022(ukraine['UKR.main'], admin1),
    ...fixVatican(source.get('ITA'), admin1),
  };
  const frames = pieceFrames(units);
  return [...frames.keys()].sort().map((id) => {
    const raw = special[id] ?? source.get(id);
    if (!raw) throw new Error(`no geometry for piece ${id}`);
    return { id, frame: frames.get(id), coordinates: clipToFrame(raw, frames.get(id)) };
  });
}

// The land background, cut to every frame (the frames do not overlap).
export function buildLand(world) {
  const { features } = feature(world, world.objects.land); // a one-item collection
  const land = dropEmptyRings(features.flatMap((f) => toMulti(f.geometry)));
  return Object.keys(FRAMES).flatMap((frame) => clipToFrame(land, frame));
}
