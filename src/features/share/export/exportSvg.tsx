import { renderToStaticMarkup } from 'react-dom/server';
import type { MapGeometry } from '../../../core/geo/geometry';
import { ExportMap, exportSize } from './ExportMap';
import type { ExportModel } from './exportModel';

/** The exported image as a standalone SVG document, with its size in SVG units. */
export function exportSvg(geometry: MapGeometry, model: ExportModel): { svg: string; width: number; height: number } {
  // The XML declaration makes the file a proper standalone document for editors that insist on one.
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(<ExportMap geometry={geometry} model={model} />)}\n`;
  return { svg, ...exportSize(geometry, model) };
}
