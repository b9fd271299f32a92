/** The texts formatted at build time, by key, from build/formatTable.ts: English, and each other language in its own chunk. */
declare module 'virtual:format-table' {
  const table: Record<string, string>;
  export default table;
}
declare module 'virtual:format-table/*' {
  const table: Record<string, string>;
  export default table;
}
