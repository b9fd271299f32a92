/** The texts formatted at build time, by key, from build/formatTable.ts. */
declare module 'virtual:format-table' {
  const table: Record<string, string>;
  export default table;
}
