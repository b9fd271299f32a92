import { a11y } from './a11y';
import { eventTexts } from './events';
import { timeline } from './timeline';
import { mapTools } from './mapTools';
import { mapLabels } from './mapLabels';
import { share } from './share';
import { pages } from './pages';
import { lens } from './lens';
import { ui } from './ui';
import { unitNames } from './units';
import { unitNotes } from './unitNotes';

/** The English strings: interface, unit names and notes, event texts, the timeline, the map's tools and labels, sharing, accessibility, the year pages, and the lens (EU, steps towards NATO). */
export const en = { ui, unitNames, unitNotes, eventTexts, timeline, mapTools, mapLabels, share, a11y, pages, lens };
