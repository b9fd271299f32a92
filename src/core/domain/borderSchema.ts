import { checkSource } from './schema';
import type { BorderRecord } from './types';

/**
 * Checks src/data/borders.json: known unit codes, a positive length and a source for each stretch.
 * Returns one readable message per problem; an empty list means the records can be trusted as typed.
 */
export function validateBorders(raw: unknown, unitCodes: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const fail = (where: string, what: string) => errors.push(`${where}: ${what}`);
  if (!Array.isArray(raw) || !raw.every((b) => typeof b === 'object' && b !== null)) {
    fail('borders', 'must be a list of records');
    return errors;
  }
  const seen = new Set<string>();
  (raw as BorderRecord[]).forEach((b, i) => {
    const at = `borders[${i}] ${String(b.member)}–${String(b.neighbour)}`;
    for (const field of ['member', 'neighbour', 'via'] as const) {
      const code = b[field];
      if ((field !== 'via' || code !== undefined) && !(typeof code === 'string' && unitCodes.has(code))) {
        fail(at, `unknown ${field} ${String(code)}`);
      }
    }
    if (typeof b.km !== 'number' || !Number.isFinite(b.km) || b.km <= 0) fail(at, 'km must be a positive number');
    const key = `${b.member}|${b.neighbour}|${b.via ?? ''}`;
    if (seen.has(key)) fail(at, 'duplicate stretch');
    seen.add(key);
    checkSource(b.source, at, fail);
  });
  return errors;
}
