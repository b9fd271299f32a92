// In the 50m file the Vatican is a zero-area ring (one point drawn twice) and
// Italy carries a matching zero-area hole, so it would vanish from the map.
// Admin-1 has a Vatican too, but only a ~130 m speck around St Peter's,
// narrower than one step of the output grid. Grow that speck by GROW degrees
// to about the real size (~0.5 km²) and cut it out of Italy, so both get a
// real shared border that survives quantization.
import { buffer } from './buffer.mjs';
import { difference, toMulti, union } from './clip.mjs';

const GROW = 0.003;

export const pickVatican = (p) => (p.adm0_a3 === 'VAT' ? 'vatican' : null);

export function fixVatican(ita, admin1) {
  const vat = buffer(union(...admin1.vatican.map(toMulti)), GROW);
  return { VAT: vat, ITA: difference(ita, vat) };
}
