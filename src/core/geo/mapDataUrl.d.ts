/** The URL of the map data file, from build/mapData.ts. */
declare module 'virtual:map-data-url' {
  const url: string;
  export default url;
}
