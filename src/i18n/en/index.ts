import { eventTexts } from './events';
import { pages } from './pages';
import { ui } from './ui';
import { unitNames } from './units';

/** The English strings: interface, unit names and event texts. */
export const en = { ui, unitNames, eventTexts, pages };
