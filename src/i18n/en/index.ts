import { eventTexts } from './events';
import { share } from './share';
import { ui } from './ui';
import { unitNames } from './units';

/** The English strings: interface, unit names, event texts and sharing. */
export const en = { ui, unitNames, eventTexts, share };
