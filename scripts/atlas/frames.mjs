// Everything is clipped to the box it can be seen in, so nothing far off
// screen (Siberia, Hawaii, the western Aleutians) ships in the atlas.
import { readFileSync } from 'node:fs';
import { box, intersection } from './clip.mjs';
import { viewOutline } from '../../src/core/geo/fit.js';

const frames = JSON.parse(readFileSync(new URL('../../src/data/frames.json', import.meta.url), 'utf8'));

export const FRAMES = {
  // A box around the Europe view: the view's corners fall near 61.5°W 60.5°N, 90.8°E 51.1°N,
  // 22.4°W 28°N and 53°E 23°N (see src/data/frames.json).
  europe: [-64, 20, 94, 84],
  // The North America inset. Clipping in lon/lat at -170 also drops the
  // Aleutians west of the antimeridian; lat 23 drops Hawaii.
  'north-america': [-170, 23, -50, 84],
};

// Linear map scale of each frame relative to the Europe view: the inset is
// drawn about four times smaller, so it can be simplified harder.
export const DETAIL = { europe: 1, 'north-america': 0.25 };

// The frames are far apart in longitude, so one point tells them apart
// (nearest frame, as quantization may nudge a point just outside its box).
const lonGap = (lon, [x0, , x1]) => Math.max(x0 - lon, lon - x1, 0);
export const frameOf = ([lon]) => Object.keys(FRAMES).reduce((a, b) => (lonGap(lon, FRAMES[b]) < lonGap(lon, FRAMES[a]) ? b : a));

// Rings crossing the antimeridian (Chukotka, in the same ring as all of
// Eurasia) jump from +180 to -180, which a planar clipper reads as a band
// round the whole globe. Make such rings continuous (past +180) instead;
// no frame reaches that far, so the far side simply drops out.
function unwrap(ring) {
  let offset = 0;
  const out = ring.map(([x, y], i) => {
    if (i) {
      const jump = x + offset - (ring[i - 1][0] + offset);
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    return [x + offset, y];
  });
  // Keep the ring's western end within [-180, 180).
  const shift = Math.min(...out.map(([x]) => x)) < -180 ? 360 : 0;
  return shift ? out.map(([x, y]) => [x + shift, y]) : out;
}

// Europe is cut to exactly what the app's projection shows (plus a small margin);
// the inset to its box.
const CLIP = { europe: [[viewOutline(frames)]], 'north-america': box(FRAMES['north-america']) };

export const clipToFrame = (mp, frame) =>
  intersection(
    mp.map((poly) => poly.map(unwrap)),
    CLIP[frame],
  );
