import { renderToStaticMarkup } from 'react-dom/server';
import type { Dataset } from '../../../core/domain/dataset';
import type { MapGeometry } from '../../../core/geo/geometry';
import { ExportMap } from './ExportMap';
import { fontFaceRules } from './exportFont';
import { natoFrame } from './exportFrame';
import { exportLabels } from './exportLabels';
import { exportLayout, type ExportShape } from './exportLayout';
import type { ExportModel } from './exportModel';

/** Lays out the image of one shape: texts measured and wrapped, the frame fitted, the labels placed. */
export function composeExport(data: Dataset, geometry: MapGeometry, model: ExportModel, shape: ExportShape) {
  const frame = natoFrame(data, geometry);
  const layout = exportLayout({
    shape,
    title: model.title,
    subtitle: model.subtitle,
    legend: model.legend,
    source: model.source,
    frame,
    geometry,
  });
  return { layout, labels: exportLabels(geometry, model.labels, layout) };
}

/** The exported image as a standalone SVG document, with its size in CSS px. */
export function exportSvg(
  data: Dataset,
  geometry: MapGeometry,
  model: ExportModel,
  shape: ExportShape,
): { svg: string; width: number; height: number } {
  const { layout, labels } = composeExport(data, geometry, model, shape);
  const markup = renderToStaticMarkup(
    <ExportMap geometry={geometry} model={model} layout={layout} labels={labels} fontFaces={fontFaceRules()} />,
  );
  // The XML declaration makes the file a proper standalone document for editors that insist on one.
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`, width: layout.width, height: layout.height };
}
