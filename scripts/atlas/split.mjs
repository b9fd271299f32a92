// Splits a 50m country in two along an admin-1 boundary.
//
// Admin-1 is 10m detail, the countries 50m, so their coastlines disagree.
// The cutter is therefore the inner region grown by `reach` degrees (to take
// the 50m coast and lagoons that belong with it) minus the outer regions
// (which keeps the land boundary exactly where admin-1 draws it). Both halves
// are cut from the same inputs so they tile the country; the cut points may
// differ in the last float bits, which the topology's quantization merges.
import { areaKm2, difference, intersection, union } from './clip.mjs';
import { buffer } from './buffer.mjs';

const sumKm2 = (mp) => mp.reduce((s, p) => s + areaKm2(p), 0);

export function splitAlong(whole, inner, outer, { reach }) {
  const region = union(...inner);
  let cutter = difference(buffer(region, reach), union(...outer));
  // Crumbs: bits of the 50m coast the grown region grabbed on the far side of
  // the border, i.e. polygons mostly outside the admin-1 region itself. Carve
  // them (plus a hair) out of the cutter so they stay with the outer half
  // instead of becoming specks of the inner one.
  const crumbs = intersection(whole, cutter).filter((p) => sumKm2(intersection([p], region)) < areaKm2(p) / 2);
  if (crumbs.length) cutter = difference(cutter, buffer(crumbs, 0.002));
  return {
    inner: intersection(whole, cutter),
    outer: difference(whole, cutter),
  };
}
