// UKR.2022 / UKR.main: the Donetsk, Luhansk, Zaporizhzhia and Kherson regions
// (Natural Earth admin-1 UA.DT, UA.LH, UA.ZP, UA.KS), whose annexation Russia
// proclaimed on 30 September 2022, cut from mainland Ukraine (Crimea already
// cut, see crimea.mjs) for the overlay `ukraine-2022`. The neighbouring oblasts
// (UA.DP, UA.KK, UA.MY) and Crimea keep the land boundary where admin-1 puts it.
import { toMulti } from './clip.mjs';
import { splitAlong } from './split.mjs';

const REGIONS = new Set(['UA.DT', 'UA.LH', 'UA.ZP']);
const NEIGHBOURS = new Set(['UA.DP', 'UA.KK', 'UA.MY']);

// Kherson (UA.KS) is picked by crimea.mjs as 'kherson'.
export const pickUkraine2022 = (p) => (REGIONS.has(p.code_hasc) ? 'ua-2022' : NEIGHBOURS.has(p.code_hasc) ? 'ua-neighbours' : null);

export function splitUkraine2022(main, admin1) {
  const { inner, outer } = splitAlong(
    main,
    [...admin1['ua-2022'], ...admin1.kherson].map(toMulti),
    [...admin1['ua-neighbours'], ...admin1.crimea].map(toMulti),
    { reach: 0.1 },
  );
  return { 'UKR.2022': inner, 'UKR.main': outer };
}
