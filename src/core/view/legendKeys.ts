import { PATH_STATUSES } from '../domain/paths';
import type { DisputeRecord, Lens, PathStatus } from '../domain/types';
import type { UnitDescription } from './describe';

/** The classes the legend can show in the NATO lens, in its order. */
export const LEGEND_KEYS = [
  'member',
  'joined',
  'invited',
  'map',
  'aspirant',
  'partner',
  'non-member',
  'warsaw-pact',
  'occupied',
  'disputed',
] as const;
/** The classes of the EU lens and of the lens that shows both. */
export const EU_LEGEND_KEYS = ['eu-member', 'eu-joined', 'eu-non-member', 'occupied', 'disputed'] as const;
export const BOTH_LEGEND_KEYS = ['both', 'nato-only', 'eu-only', 'neither', 'occupied', 'disputed'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number] | (typeof EU_LEGEND_KEYS)[number] | (typeof BOTH_LEGEND_KEYS)[number];

/** The class a unit is drawn with in a lens: what its fill and the legend say. */
export function lensClass(u: Pick<UnitDescription, 'status' | 'eu' | 'euStatus'>, lens: Exclude<Lens, 'nato'>): LegendKey {
  if (lens === 'eu') return `eu-${u.euStatus}`;
  const nato = u.status !== 'non-member';
  return nato && u.eu ? 'both' : nato ? 'nato-only' : u.eu ? 'eu-only' : 'neither';
}

/**
 * The legend's classes that the map shows this year in the lens: "Joined this year" only in a year
 * of accessions, the Warsaw Pact only while it exists, a step towards NATO only where the map draws it.
 */
export function legendKeys(
  units: readonly UnitDescription[],
  disputes: readonly Pick<DisputeRecord, 'kind'>[],
  lens: Lens = 'nato',
): LegendKey[] {
  const shown = new Set<string>(disputes.map((d) => d.kind));
  for (const u of units) {
    if (lens !== 'nato') {
      shown.add(lensClass(u, lens));
      continue;
    }
    // The status and blocs as written in data-status; of the steps towards NATO, only the one the map
    // draws; "not a member" only for a non-member drawn plain (no bloc, no step).
    const [status, ...rest] = u.statusTokens.split(' ');
    const blocs = rest.filter((t) => !PATH_STATUSES.includes(t as PathStatus));
    if (status !== 'non-member' || (blocs.length === 0 && !u.path)) shown.add(status!);
    for (const b of blocs) shown.add(b);
    if (u.path) shown.add(u.path);
  }
  const order: readonly LegendKey[] = lens === 'nato' ? LEGEND_KEYS : lens === 'eu' ? EU_LEGEND_KEYS : BOTH_LEGEND_KEYS;
  const keys = order.filter((key) => shown.has(key));
  // The same list for every year that shows the same classes, so the legend skips those steps.
  const key = keys.join(' ');
  if (!kept.has(key)) kept.set(key, keys);
  return kept.get(key)!;
}

const kept = new Map<string, LegendKey[]>();
