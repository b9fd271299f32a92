import type { Dataset } from '../../core/domain/dataset';
import { disputesIn } from '../../core/domain/disputes';
import { unitsIn } from '../../core/domain/units';
import type { MapShapes } from '../../core/geo/geometryData';

/**
 * The paths a page pre-rendered for `year` already holds (its units, disputes and land), read from
 * its map, so that the app hydrates with them at once and no file sends them again.
 */
export function pageShapes(container: ParentNode, data: Dataset, year: number): MapShapes {
  const map = container.querySelector('svg.map');
  const d = (selector: string) => map?.querySelector(selector)?.getAttribute('d') ?? undefined;
  const shapes: Record<string, string> = {};
  for (const unit of unitsIn(data, year)) {
    const path = d(`path.unit[data-unit="${unit.code}"]`);
    if (path !== undefined) shapes[unit.shapeId] = path;
  }
  const disputes: Record<string, string> = {};
  for (const dispute of disputesIn(data, year)) {
    const path = d(`[data-disputed="${dispute.slug}"]`);
    if (path !== undefined) disputes[dispute.slug] = path;
  }
  return { shapes, disputes, land: d('path.land') };
}
