// Advance widths in em of a wide bold sans-serif (DejaVu Sans Bold, which Linux's system-ui often
// is): an estimate on the generous side for narrower faces (Segoe UI, Roboto, San Francisco).
const LOWER =
  'a.675 b.716 c.593 d.716 e.678 f.435 g.716 h.712 i.343 j.343 k.665 l.343 m1.042 n.712 o.687 p.716 q.716 r.493 s.595 t.478 u.712 v.652 w.924 x.645 y.652 z.582';
const UPPER =
  'A.774 B.762 C.734 D.83 E.683 F.683 G.821 H.837 I.372 J.372 K.775 L.637 M.995 N.837 O.85 P.733 Q.85 R.77 S.72 T.682 U.812 V.774 W1.103 X.771 Y.724 Z.725';
const OTHER: Record<string, number> = { ' ': 0.348, '.': 0.38, ',': 0.38, '-': 0.415, "'": 0.33, '’': 0.33 };
/** Letters outside the table (Cyrillic, Greek…): as wide as a wide capital. */
const UNKNOWN = 0.85;

const WIDTHS = new Map<string, number>(Object.entries(OTHER));
for (const pair of `${LOWER} ${UPPER}`.split(' ')) WIDTHS.set(pair[0]!, Number(pair.slice(1)));

/** The estimated width of a text in em, accents ignored (an ü is as wide as a u). */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text.normalize('NFD')) {
    if (/\p{M}/u.test(char)) continue;
    width += WIDTHS.get(char) ?? UNKNOWN;
  }
  return width;
}
