import { createDataset } from '../core/domain/dataset';
import type { EuRecords, PathRecords } from '../core/domain/dataset';
import type { BorderRecord, DisputeRecord, EventRecord, MemberRecord, UnitRecord, WarsawPactRecord } from '../core/domain/types';
import units from './units.json';
import members from './members.json';
import events from './events.json';
import disputes from './disputes.json';
// Named imports: only these keys reach the bundle, not the files' $comment.
import { warsawPact, partners, actionPlans, invitations, aspirants } from './blocs.json';
import borders from './borders.json';
import { enlargements, exits } from './eu.json';
import smallStates from './smallStates.json';
import story from './story.json';

/**
 * The app's records. They are checked against the schema by the test suite and again when
 * the app is built (see vite.config.ts), so the running app can trust them as typed.
 */
export const dataset = createDataset({
  units: units.units as UnitRecord[],
  members: members.members as MemberRecord[],
  events: events.events as EventRecord[],
  disputes: disputes.disputes as DisputeRecord[],
  warsawPact: warsawPact as WarsawPactRecord,
  borders: borders.borders as BorderRecord[],
  paths: { partners, actionPlans, invitations, aspirants } as PathRecords,
  eu: { enlargements, exits } as EuRecords,
  smallStates: smallStates.units,
  labelAnchors: story.labelAnchors,
  turningPoints: story.turningPoints,
});
