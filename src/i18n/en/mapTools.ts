/** English strings of the map's own tools: zoom buttons and the event card. */
export const mapTools = {
  zoom: {
    group: 'Zoom',
    in: 'Zoom in',
    out: 'Zoom out',
    reset: 'Show the whole map',
  },
  eventCard: {
    close: 'Close',
  },
};

export type MapTools = typeof mapTools;
