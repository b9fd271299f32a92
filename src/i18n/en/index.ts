import { eventTexts } from './events';
import { timeline } from './timeline';
import { ui } from './ui';
import { unitNames } from './units';

/** The English strings: interface, unit names, event texts and the timeline. */
export const en = { ui, unitNames, eventTexts, timeline };
