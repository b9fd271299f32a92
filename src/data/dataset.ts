import { createDataset } from '../core/domain/dataset';
import type { EuRecords, PathRecords } from '../core/domain/dataset';
import type { BorderRecord, DisputeRecord, EventRecord, MemberRecord, UnitRecord, WarsawPactRecord } from '../core/domain/types';
// Named imports: only these keys reach the bundle, not the files' $comment notes.
import { units } from './units.json';
import { members } from './members.json';
import { events } from './events.json';
import { disputes } from './disputes.json';
import { warsawPact, partners, actionPlans, invitations, aspirants } from './blocs.json';
import { borders } from './borders.json';
import { enlargements, exits } from './eu.json';
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
  paths: { partners, actionPlans, invitations, aspirants } as PathRecords,
  eu: { enlargements, exits } as EuRecords,
  smallStates,
  labelAnchors,
  turningPoints,
});
