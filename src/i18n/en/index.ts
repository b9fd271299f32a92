import { a11y } from './a11y';
import { eventTexts } from './events';
import { ui } from './ui';
import { unitNames } from './units';

/** The English strings: interface, unit names and event texts. */
export const en = { ui, unitNames, eventTexts, a11y };
