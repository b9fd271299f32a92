/** Every source of the data, numbered in SOURCED's order (src/data/sourced.ts), from build/dataSources.ts: a chunk of its own. */
declare module 'virtual:data-sources' {
  const list: import('./sources').SourceList;
  export default list;
}
