// Which Natural Earth admin-1 regions the atlas cuts with, and the group each
// belongs to (see germany.mjs, crimea.mjs, ukraine2022.mjs, vatican.mjs).
// Shared by the build and by extractAdmin1.mjs, which writes exactly these
// regions to data/.
import { pickCrimea } from './crimea.mjs';
import { pickGermany } from './germany.mjs';
import { pickUkraine2022 } from './ukraine2022.mjs';
import { pickVatican } from './vatican.mjs';

export const pickAdmin1 = (p) => pickGermany(p) ?? pickCrimea(p) ?? pickUkraine2022(p) ?? pickVatican(p);
