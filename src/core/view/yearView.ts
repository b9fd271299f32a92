import type { Dataset } from '../domain/dataset';
import { disputesIn } from '../domain/disputes';
import { euMembersIn } from '../domain/eu';
import { eventsIn } from '../domain/events';
import { membersIn } from '../domain/membership';
import { unitsIn } from '../domain/units';
import { unitName, type Strings } from '../../i18n/strings';
import { describeUnit, type UnitDescription } from './describe';
import { describeEvent } from './describeEvent';
import { yearLabels } from './labels/mapLabels';
import { legendKeys } from './legendKeys';

/** A unit to draw: its description and its shape id in the atlas. */
export interface DrawnItem extends UnitDescription {
  shapeId: string;
  inset?: string;
}

/** Everything the map and its panels show for one year, derived from the data alone. */
export function yearView(data: Dataset, year: number, s: Strings) {
  const { ui } = s;
  const count = membersIn(data, year).length;
  const units: DrawnItem[] = unitsIn(data, year).map((u) => ({
    ...describeUnit(data, u.code, year, s),
    shapeId: u.shapeId,
    inset: u.inset,
  }));
  const disputes = disputesIn(data, year).map((d) => {
    const name = ui.disputeNames[d.slug] ?? d.slug;
    const label =
      d.kind === 'occupied'
        ? ui.disputeLabel.occupied(name, unitName(d.state, year, s), d.from, d.occupier && unitName(d.occupier, year, s), d.partial)
        : ui.disputeLabel.disputed(name);
    return { ...d, label };
  });
  const euCount = euMembersIn(data, year).length;
  const happened = eventsIn(data, year);
  const natoLegend = legendKeys(units, disputes);
  return {
    year,
    count,
    /** Member states of the EU (EEC/EC) on 31 December, shown beside NATO's count in the EU and both lenses. */
    euCount,
    euCountText: s.lens.euCount(euCount, year),
    countText: ui.memberCount(count),
    mapLabel: ui.mapLabel(year, count),
    valueText: ui.slider.valueText(year, count),
    units,
    /** The units the map names; placed per size by layoutLabels. */
    labels: yearLabels(data, year, units, happened, s),
    disputes,
    /** The legend's classes that the map shows. */
    legend: natoLegend,
    /** The legend's classes in each lens. */
    legends: { nato: natoLegend, eu: legendKeys(units, disputes, 'eu'), both: legendKeys(units, disputes, 'both') },
    events: happened.map((e) => describeEvent(e, s)),
  };
}
