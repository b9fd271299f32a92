import metrics from './font/metrics.json';

/** The weights of the bundled export font. */
export type FontWeight = 'regular' | 'bold';

/** The family name of the font bundled for exported images (a subset of Liberation Sans 2, renamed as the OFL asks). */
export const EXPORT_FONT_FAMILY = metrics.family;

function table(weight: FontWeight): Map<string, number> {
  const { chars, advances } = metrics[weight];
  return new Map([...chars].map((c, i) => [c, advances[i]! / metrics.unitsPerEm]));
}
const WIDTHS: Record<FontWeight, Map<string, number>> = { regular: table('regular'), bold: table('bold') };
/** A character outside the subset falls back to another font: count it as wide as a wide capital. */
const FALLBACK_EM = 0.9;

/**
 * The width of `text` set in the bundled font at `size`, from the font's advance widths (the
 * subset has no kerning or ligatures, so this is the drawn width, in the units of `size`).
 */
export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const widths = WIDTHS[weight];
  let em = 0;
  for (const char of text.normalize('NFC')) em += widths.get(char) ?? FALLBACK_EM;
  return em * size;
}

/** Whether the bundled font draws every character of `text` (the rest falls back to a system font). */
export function fontCovers(text: string): boolean {
  return [...text.normalize('NFC')].every((c) => WIDTHS.regular.has(c) && WIDTHS.bold.has(c));
}

/** The line box of the font, in em above and below the baseline: what a browser's getBBox covers. */
export const FONT_ASCENT = metrics.ascent;
export const FONT_DESCENT = metrics.descent;
