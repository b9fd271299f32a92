import type { DisputeRecord } from '../domain/types';
import type { UnitDescription } from './describe';

/** The classes the legend can show, in its order. */
export const LEGEND_KEYS = ['member', 'joined', 'non-member', 'warsaw-pact', 'occupied', 'disputed'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

/** The legend's classes that the map shows this year: "Joined this year" only in a year of accessions, the Warsaw Pact only while it exists. */
export function legendKeys(units: readonly UnitDescription[], disputes: readonly Pick<DisputeRecord, 'kind'>[]): LegendKey[] {
  const shown = new Set<string>([...units.flatMap((u) => u.statusTokens.split(' ')), ...disputes.map((d) => d.kind)]);
  const keys = LEGEND_KEYS.filter((key) => shown.has(key));
  // The same list for every year that shows the same classes, so the legend skips those steps.
  const key = keys.join(' ');
  if (!kept.has(key)) kept.set(key, keys);
  return kept.get(key)!;
}

const kept = new Map<string, LegendKey[]>();
