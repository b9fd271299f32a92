/** The texts formatted at build time, by key, from build/formatTable.ts: English, and each other language in its own chunk. */
declare module 'virtual:format-table' {
  const table: Record<string, string>;
  export default table;
}
declare module 'virtual:format-table/*' {
  const table: Record<string, string>;
  export default table;
}
/** A language's events' long texts by event id and units' notes by code, from build/eventTexts.ts: each language's in its own chunk. */
declare module 'virtual:event-texts/*' {
  const texts: import('./eventTexts').LaterTexts;
  export default texts;
}
