import type { Language } from './languages';
import type { Strings } from './strings';
import type { LaterTexts } from './eventTexts';

/**
 * Each language in its own chunk, with the texts the build formatted for it (see
 * build/formatTable.ts): only the language shown is fetched.
 */
type Chunk = Promise<{ strings: Strings; formats: Record<string, string> }>;
const loaders: Record<Language, () => Chunk> = {
  en: () => import('./en/chunk'),
  fr: () => import('./fr/chunk'),
  de: () => import('./de/chunk'),
  pl: () => import('./pl/chunk'),
  ru: () => import('./ru/chunk'),
  uk: () => import('./uk/chunk'),
};

/**
 * A language's strings and the texts formatted for it at build time, English's too: each is its
 * own chunk (`lang-fr-….js`, see vite.config.ts), which each year page preloads for its language.
 */
export async function loadLanguage(lang: Language): Promise<[Strings, Record<string, string>]> {
  const { strings, formats } = await loaders[lang]();
  return [strings, formats];
}

const textLoaders: Record<Language, () => Promise<{ default: LaterTexts }>> = {
  en: () => import('virtual:event-texts/en'),
  fr: () => import('virtual:event-texts/fr'),
  de: () => import('virtual:event-texts/de'),
  pl: () => import('virtual:event-texts/pl'),
  ru: () => import('virtual:event-texts/ru'),
  uk: () => import('virtual:event-texts/uk'),
};

/**
 * A language's events' long texts and units' notes: their own chunk (`texts-fr-….js`, see
 * build/eventTexts.ts), fetched once the app runs, as a year page carries its own year's texts.
 */
export async function loadEventTexts(lang: Language): Promise<LaterTexts> {
  return (await textLoaders[lang]()).default;
}
