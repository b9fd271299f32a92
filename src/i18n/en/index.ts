import { eventTexts } from './events';
import { pages } from './pages';
import { ui } from './ui';
import { unitNames } from './units';
import { unitNotes } from './unitNotes';

/** The English strings: interface, unit names and event texts. */
export const en = { ui, unitNames, unitNotes, eventTexts, pages };
