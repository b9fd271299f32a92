// DEU.east / DEU.west: Germany (50m) cut along the inner-German border,
// i.e. the boundary of the six eastern Länder in Natural Earth admin-1.
// Berlin counts as east as a whole (West Berlin included, accepted).
import { toMulti } from './clip.mjs';
import { splitAlong } from './split.mjs';

const EAST = new Set(['DE.BB', 'DE.BE', 'DE.MV', 'DE.SN', 'DE.ST', 'DE.TH']);

export const pickGermany = (p) =>
  p.code_hasc?.startsWith('DE.') ? (EAST.has(p.code_hasc) ? 'de-east' : 'de-west') : null;

export function splitGermany(deu, admin1) {
  const { inner, outer } = splitAlong(
    deu, admin1['de-east'].map(toMulti), admin1['de-west'].map(toMulti),
    { reach: 0.1 },
  );
  return { 'DEU.east': inner, 'DEU.west': outer };
}
