import { loadExportFonts } from './exportFont';

/** Width of an exported PNG in pixels: 2000 for the wide image, the square's own 1200 for social media. */
export const PNG_WIDTH = { wide: 2000, square: 1200 } as const;

/**
 * Draws an SVG document onto a canvas and encodes it as PNG, `pixelWidth` pixels wide.
 * The SVG is loaded from a blob: URL (allowed by the app's img-src), so nothing leaves the origin
 * and the canvas stays untainted; its embedded font is loaded first.
 */
export async function svgToPng(svg: string, width: number, height: number, pixelWidth: number): Promise<Blob> {
  await loadExportFonts();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = pixelWidth / width;
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
