import { eventTexts } from './events';
import { timeline } from './timeline';
import { ui } from './ui';
import { unitNames } from './units';
import { unitNotes } from './unitNotes';

/** The English strings: interface, unit names and notes, event texts and the timeline. */
export const en = { ui, unitNames, unitNotes, eventTexts, timeline };
