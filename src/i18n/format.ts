/**
 * Locale-aware formatting, all through Intl, with every result remembered by its inputs.
 *
 * Creating the first Intl object costs a page some 50–75 ms here (ICU loads its data), more on a
 * phone, so the build formats every text the views need for every year ahead of time (see
 * build/formatTable.ts) and the app starts with that table (`seedFormatted`): the page hydrates and
 * scrubs without touching Intl. Inputs the table lacks are formatted by Intl on the spot.
 */

/** Texts formatted elsewhere (the build's table), read in place: seeding copies nothing at start-up. */
let seeded: Readonly<Record<string, string>> = {};
/** Texts formatted here, on a miss in the seeded table. */
const remembered = new Map<string, string>();

function recall(key: string, make: () => string): string {
  let text = Object.hasOwn(seeded, key) ? seeded[key] : remembered.get(key);
  if (text === undefined) remembered.set(key, (text = make()));
  return text;
}

/** Starts from texts formatted elsewhere (at build time), by key, in place of any earlier table. */
export function seedFormatted(table: Readonly<Record<string, string>>): void {
  seeded = table;
}

/** Every text seeded or formatted so far, by key: what the build ships as the table. */
export function formattedSoFar(): Record<string, string> {
  return { ...seeded, ...Object.fromEntries(remembered) };
}

/** Forgets every seeded and remembered text and Intl object (before building the table, and in tests). */
export function forgetFormatted(): void {
  seeded = {};
  remembered.clear();
  intl.clear();
}

/** Formats a YYYY-MM-DD date in the locale's long form, e.g. "12 March 1999" in en-GB. */
export function formatDate(date: string, locale: string): string {
  return recall(`date|${locale}|${date}`, () => dateFormat(locale).format(new Date(`${date}T00:00:00Z`)));
}

/** Formats a whole number with the locale's grouping, e.g. "1,309". */
export function formatNumber(value: number, locale: string): string {
  return recall(`number|${locale}|${value}`, () => numberFormat(locale).format(value));
}

/** Joins names as a list in the locale, e.g. "Poland, Czechia and Hungary". */
export function formatList(items: readonly string[], locale: string): string {
  const make = () => listFormat(locale).format(items);
  // '|' separates the key's parts: a name that holds one is formatted without the table.
  return items.some((i) => i.includes('|')) ? make() : recall(`list|${locale}|${items.join('|')}`, make);
}

/** Names in the locale's alphabetical order, e.g. for "Czechia, Hungary and Poland". */
export function sortNames(names: readonly string[], locale: string): string[] {
  if (names.length < 2) return [...names];
  if (names.some((n) => n.includes('|'))) return [...names].sort(compareNames(locale));
  const sorted = recall(`sort|${locale}|${names.join('|')}`, () => [...names].sort(collator(locale).compare).join('|'));
  return sorted.split('|');
}

/** Compares names as the locale sorts them (the table view's sort by name). */
export function compareNames(locale: string): (a: string, b: string) => number {
  return collator(locale).compare;
}

/** Formats a span of dates, e.g. "24 March – 10 June 1999". */
export function formatDateRange(start: string, end: string, locale: string): string {
  return recall(`range|${locale}|${start}|${end}`, () =>
    // ICU versions differ in the spaces around the dash (thin or plain): keep one kind everywhere.
    dateFormat(locale)
      .formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`))
      .replace(/\s/g, ' '),
  );
}

/**
 * Picks the form of a word for a count by the locale's plural rules, e.g. in Russian
 * `{ one: 'член', few: 'члена', many: 'членов', other: 'члена' }` gives "члена" for 32.
 */
export function plural(count: number, locale: string, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const rule = recall(`plural|${locale}|${count}`, () => pluralRules(locale).select(count)) as Intl.LDMLPluralRule;
  return forms[rule] ?? forms.other;
}

/** The plural category of a count in the locale ("one", "other"…), for strings that choose a form. */
export function pluralCategory(n: number, locale: string): string {
  return recall(`plural|${locale}|${n}`, () => pluralRules(locale).select(n));
}

// Intl objects, created on first need and reused.
type IntlObject = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.Collator | Intl.PluralRules;
const intl = new Map<string, IntlObject>();
function reuse<T extends IntlObject>(key: string, make: () => T): T {
  let f = intl.get(key) as T | undefined;
  if (!f) intl.set(key, (f = make()));
  return f;
}
const dateFormat = (locale: string) =>
  reuse(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const numberFormat = (locale: string) => reuse(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const listFormat = (locale: string) => reuse(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
const pluralRules = (locale: string) => reuse(`plural|${locale}`, () => new Intl.PluralRules(locale));
const collator = (locale: string) => reuse(`collator|${locale}`, () => new Intl.Collator(locale));
