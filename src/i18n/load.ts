import { en } from './en';
import type { Language } from './languages';
import type { Strings } from './strings';

/**
 * Each language other than English in its own chunk, with the texts the build formatted for it
 * (see build/formatTable.ts): only the language shown is fetched, the others when chosen.
 */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<[Strings, Record<string, string>]>> = {
  fr: () => Promise.all([import('./fr').then((m) => m.fr), import('virtual:format-table/fr').then((m) => m.default)]),
  de: () => Promise.all([import('./de').then((m) => m.de), import('virtual:format-table/de').then((m) => m.default)]),
  pl: () => Promise.all([import('./pl').then((m) => m.pl), import('virtual:format-table/pl').then((m) => m.default)]),
  ru: () => Promise.all([import('./ru').then((m) => m.ru), import('virtual:format-table/ru').then((m) => m.default)]),
  uk: () => Promise.all([import('./uk').then((m) => m.uk), import('virtual:format-table/uk').then((m) => m.default)]),
};

/** A language's strings and the texts formatted for it at build time; English's table ships in the main bundle. */
export async function loadLanguage(lang: Language, englishTable: Record<string, string>): Promise<[Strings, Record<string, string>]> {
  return lang === 'en' ? [en, englishTable] : loaders[lang]();
}
