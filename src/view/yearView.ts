import type { Dataset } from '../domain/dataset';
import { disputesIn } from '../domain/disputes';
import { eventsIn } from '../domain/events';
import { membersIn } from '../domain/membership';
import { unitsIn } from '../domain/units';
import { strings as defaultStrings, unitName, type Strings } from '../i18n/strings';
import type { DrawnItem } from '../components/MapView';
import { describeUnit } from './describe';
import { describeEvent } from './describeEvent';
import { sameValue } from './sameValues';

/** Everything the map and its panels show for one year, derived from the data alone. */
export function yearView(data: Dataset, year: number, s: Strings = defaultStrings) {
  const { ui } = s;
  const count = membersIn(data, year).length;
  // Each unit, and the whole list, is the object of an earlier year when nothing in it changed.
  const same = <T,>(value: T) => sameValue(data, s, value);
  const units: DrawnItem[] = same(unitsIn(data, year).map((u) => same({ ...describeUnit(data, u.code, year, s), shapeId: u.shapeId, inset: u.inset })));
  const disputes = same(
    disputesIn(data, year).map((d) => {
      const name = ui.disputeNames[d.slug] ?? d.slug;
      const label = d.kind === 'occupied' ? ui.disputeLabel.occupied(name, unitName(d.state, year, s), d.from, d.occupier && unitName(d.occupier, year, s)) : ui.disputeLabel.disputed(name);
      return same({ ...d, label });
    }),
  );
  return {
    year,
    count,
    countText: ui.memberCount(count),
    mapLabel: ui.mapLabel(year, count),
    valueText: ui.slider.valueText(year, count),
    units,
    disputes,
    events: eventsIn(data, year).map((e) => describeEvent(e, s)),
  };
}
