/** Characters that force a CSV field into quotes (RFC 4180, section 2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted when it holds a comma, quote or line break, with inner quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file as RFC 4180 describes it: a header line, then one line per record, each ended by CRLF. */
export function toCsv<K extends string>(columns: readonly K[], records: readonly Record<K, string | number>[]): string {
  const line = (fields: (string | number)[]) => `${fields.map(csvField).join(',')}\r\n`;
  return line([...columns]) + records.map((r) => line(columns.map((c) => r[c]))).join('');
}
