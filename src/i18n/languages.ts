/**
 * The languages of the interface, each named in itself (as a language picker shows them).
 * English is the default: a link without `?lang=` shows everyone the same text.
 */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pl', name: 'Polski' },
  { code: 'ru', name: 'Русский' },
  { code: 'uk', name: 'Українська' },
] as const;

/** A language's code, as in `?lang=` and `<html lang>`. */
export type Language = (typeof languages)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Whether a value names one of the languages. */
export function isLanguage(value: string): value is Language {
  return languages.some((l) => l.code === value);
}
