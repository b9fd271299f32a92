import type { Dataset } from '../../core/domain/dataset';
import type { MapGeometry } from '../../core/geo/geometry';
import { layoutLabels } from '../../core/view/labels/mapLabels';
import { yearViews } from '../../core/view/yearViews';
import type { Strings } from '../../i18n/strings';
import { labelSizes, sizeClassOf } from './labelSizes';

/**
 * The work of placing every year's labels for a map drawn `mapWidth` CSS px wide, one year per
 * call, for a scheduler to spread over idle time: a first scrub through the years then only
 * looks the placements up. Newest years first, as the views are warmed.
 */
export function labelWarmingSteps(data: Dataset, s: Strings, geometry: MapGeometry, mapWidth: number): (() => void)[] {
  if (mapWidth <= 0) return [];
  const size = labelSizes(geometry.width)[sizeClassOf(mapWidth)]!;
  const steps: (() => void)[] = [];
  for (let year = data.latestYear; year >= data.firstYear; year--) {
    steps.push(() => void layoutLabels(geometry, yearViews.view(data, year, s).labels, size));
  }
  return steps;
}
