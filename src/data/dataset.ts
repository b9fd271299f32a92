import { createDataset } from '../core/domain/dataset';
import type { BorderRecord, DisputeRecord, EventRecord, MemberRecord, UnitRecord, WarsawPactRecord } from '../core/domain/types';
import { units } from './units.json';
import { members } from './members.json';
import { events } from './events.json';
import { disputes } from './disputes.json';
import { warsawPact } from './blocs.json';
import { borders } from './borders.json';
import { units as smallStates } from './smallStates.json';
import { labelAnchors, turningPoints } from './story.json';

/**
 * The app's records. They are checked against the schema by the test suite and again when
 * the app is built (see vite.config.ts), so the running app can trust them as typed.
 */
export const dataset = createDataset({
  units: units as UnitRecord[],
  members: members as MemberRecord[],
  events: events as EventRecord[],
  disputes: disputes as DisputeRecord[],
  warsawPact: warsawPact as WarsawPactRecord,
  borders: borders as BorderRecord[],
  smallStates,
  labelAnchors,
  turningPoints,
});
