import { textWidth, type FontWeight } from './measure';

/**
 * Breaks `text` into lines no wider than `maxWidth` when set at `size`: at spaces, and a word too
 * long for a line (an address) after a slash, question mark, ampersand or hyphen, else anywhere.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 'regular'): string[] {
  const fits = (s: string) => textWidth(s, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break: a no-break space (French "12 mars", "« Otan »") keeps its words together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of breakWord(word, fits)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A word cut into pieces that each fit, preferring cuts after URL punctuation. */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (!fits(rest)) {
    let cut = 1;
    while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
    const soft = Math.max(...['/', '?', '&', '-', '='].map((c) => rest.lastIndexOf(c, cut - 1)));
    if (soft > 0) cut = soft + 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}
