import { eventTexts } from './events';
import { timeline } from './timeline';
import { mapTools } from './mapTools';
import { ui } from './ui';
import { unitNames } from './units';
import { unitNotes } from './unitNotes';

/** The English strings: interface, unit names and notes, event texts, the timeline and the map's tools. */
export const en = { ui, unitNames, unitNotes, eventTexts, timeline, mapTools };
