import { eventTexts } from './events';
import { mapTools } from './mapTools';
import { ui } from './ui';
import { unitNames } from './units';

/** The English strings: interface, unit names, event texts and the map's tools. */
export const en = { ui, unitNames, eventTexts, mapTools };
