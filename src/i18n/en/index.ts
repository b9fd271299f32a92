import { a11y } from './a11y';
import { eventTexts } from './events';
import { ui } from './ui';
import { unitNames } from './units';
import { unitNotes } from './unitNotes';

/** The English strings: interface, unit names and event texts. */
export const en = { ui, unitNames, unitNotes, eventTexts, a11y };
