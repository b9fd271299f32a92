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
import type { Strings } from '../strings';

/** The pl strings, one file per area mirroring src/i18n/en/. */
export const pl: Strings = { ui, unitNames, unitNotes, eventTexts, timeline, mapTools, mapLabels, share, a11y, pages, lens };
