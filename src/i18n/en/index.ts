import { eventTexts } from './events';
import { mapTools } from './mapTools';
import { ui } from './ui';
import { unitNames } from './units';
import { unitNotes } from './unitNotes';

/** The English strings: interface, unit names and notes, event texts and the map's tools. */
export const en = { ui, unitNames, unitNotes, eventTexts, mapTools };
