/**
 * Rewrites an absolute SVG path of M, L and Z commands (as d3-geo writes them) on a grid of
 * 1/`grid` units, with relative, implicitly repeated line-tos: the same shape in a third of
 * the bytes, and the repeated small numbers gzip well. Points that round onto the previous
 * one are dropped.
 */
export function compactPath(d: string, grid = 2): string {
  let out = '';
  let x = 0;
  let y = 0;
  let lines = false;
  for (const seg of d.match(/[MLZ][^MLZ]*/g) ?? []) {
    const command = seg[0];
    if (command === 'Z') {
      out += 'z';
      lines = false;
      continue;
    }
    const [px = 0, py = 0] = seg.slice(1).split(',').map(Number);
    const X = Math.round(px * grid);
    const Y = Math.round(py * grid);
    if (command === 'M') {
      out += `M${num(X / grid)}${sep(Y / grid)}`;
      lines = false;
    } else if (X !== x || Y !== y) {
      out += `${lines ? sep((X - x) / grid) : `l${num((X - x) / grid)}`}${sep((Y - y) / grid)}`;
      lines = true;
    }
    x = X;
    y = Y;
  }
  return out;
}

/** A number without a leading zero (`.5`, `-.5`). */
function num(n: number): string {
  return String(n).replace(/^(-?)0\./, '$1.');
}

/** A number as the next in a list: a minus sign separates on its own. */
function sep(n: number): string {
  const s = num(n);
  return s.startsWith('-') ? s : ` ${s}`;
}
