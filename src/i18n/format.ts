/** Formats a YYYY-MM-DD date in the locale's long form, e.g. "12 March 1999" in en-GB. */
export function formatDate(date: string, locale: string): string {
  return dateFormat(locale).format(new Date(`${date}T00:00:00Z`));
}

/** Formats a whole number with the locale's grouping, e.g. "1,309". */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** Joins names as a list in the locale, e.g. "Poland, Czechia and Hungary". */
export function formatList(items: string[], locale: string): string {
  return listFormat(locale).format(items);
}

/** Compares names as the locale sorts them, e.g. for "Czechia, Hungary and Poland". */
export function compareNames(locale: string): (a: string, b: string) => number {
  return collator(locale).compare;
}

// Intl formatters are costly to create (the first loads the locale's data), cheap to reuse.
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return f;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, f);
  }
  return f;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, f);
  }
  return f;
}

/** Formats a span of dates, e.g. "24 March – 10 June 1999". */
export function formatDateRange(start: string, end: string, locale: string): string {
  const text = dateFormat(locale).formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
  // ICU versions differ in the spaces around the dash (thin or plain): the text pre-rendered at
  // build time (Node) must equal the browser's, or hydration fails.
  return text.replace(/\s/g, ' ');
}
