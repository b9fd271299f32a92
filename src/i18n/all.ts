import type { Language } from './languages';
import type { Strings } from './strings';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { pl } from './pl';
import { ru } from './ru';
import { uk } from './uk';

/**
 * Every language's strings at once, for the build (pre-rendered pages, the formatted texts' tables)
 * and tests only: the app loads the one it shows (src/i18n/load.ts).
 */
export const allStrings: Record<Language, Strings> = { en, fr, de, pl, ru, uk };
