// DEU.east / DEU.west: Germany (50m) cut along the inner-German border,
// i.e. the boundary of the six eastern Länder in Natural Earth admin-1.
// XWB: West Berlin, cut out of Berlin and so out of DEU.east (westBerlin.mjs);
// DEU.east keeps it as a hole. XSR: the Saar (admin-1 DE.SL, the Saarland),
// cut from DEU.west.
import { difference, toMulti, union } from './clip.mjs';
import { splitAlong } from './split.mjs';
import { cutWestBerlin } from './westBerlin.mjs';

const EAST = new Set(['DE.BB', 'DE.MV', 'DE.SN', 'DE.ST', 'DE.TH']);

export const pickGermany = (p) => {
  const code = p.code_hasc;
  if (!code?.startsWith('DE.')) return null;
  if (code === 'DE.BE') return 'de-berlin';
  if (code === 'DE.SL') return 'de-saar';
  return EAST.has(code) ? 'de-east' : 'de-west';
};

export function splitGermany(deu, admin1) {
  const [east, berlin, west, saar] = ['de-east', 'de-berlin', 'de-west', 'de-saar'].map((g) => admin1[g].map(toMulti));
  const germanies = splitAlong(deu, [...east, ...berlin], [...west, ...saar], { reach: 0.1 });
  const saarland = splitAlong(germanies.outer, saar, west, { reach: 0.1 });
  const westBerlin = cutWestBerlin(union(...berlin));
  return {
    'DEU.east': difference(germanies.inner, westBerlin),
    XWB: westBerlin,
    'DEU.west': saarland.outer,
    XSR: saarland.inner,
  };
}
