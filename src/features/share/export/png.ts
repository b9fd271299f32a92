/** Width of an exported PNG in pixels: wide enough for a full-screen slide. */
export const PNG_WIDTH = 2000;

/**
 * Draws an SVG document onto a canvas and encodes it as PNG, `PNG_WIDTH` pixels wide.
 * The SVG is loaded from a blob: URL (allowed by the app's img-src), so nothing leaves the origin
 * and the canvas stays untainted.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = PNG_WIDTH / width;
    const canvas = document.createElement('canvas');
    canvas.width = PNG_WIDTH;
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
