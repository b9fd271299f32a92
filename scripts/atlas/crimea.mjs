// UKR.crimea / UKR.main: Ukraine (50m, Crimea included) cut by Natural Earth
// admin-1 UA.KR (Autonomous Republic of Crimea) + UA.SC (Sevastopol). That
// file files both under adm0_a3 RUS, so match by code_hasc.
//
// Subtracting Kherson oblast (UA.KS) keeps the cut at Perekop, Chonhar and
// on the Arabat Spit exactly where admin-1 puts it. The 50m outline fills
// in the Syvash lagoon as land; its eastern strip along the Arabat Spit lies
// inside admin-1 Kherson, so it stays with the mainland.
import { toMulti } from './clip.mjs';
import { splitAlong } from './split.mjs';

export const pickCrimea = (p) =>
  p.code_hasc === 'UA.KR' || p.code_hasc === 'UA.SC' ? 'crimea' : p.code_hasc === 'UA.KS' ? 'kherson' : null;

export function splitUkraine(ukr, admin1) {
  const { inner, outer } = splitAlong(ukr, admin1.crimea.map(toMulti), admin1.kherson.map(toMulti), { reach: 0.1 });
  return { 'UKR.crimea': inner, 'UKR.main': outer };
}
