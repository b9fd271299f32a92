import bold from './font/MapExportSans-Bold.woff2?inline';
import regular from './font/MapExportSans-Regular.woff2?inline';
import { EXPORT_FONT_FAMILY } from './measure';

/** The bundled font's files as data URLs, by CSS weight. */
const FACES = [
  { weight: 400, url: regular },
  { weight: 700, url: bold },
] as const;

/** The @font-face rules that embed the bundled font in an exported SVG, so it looks the same everywhere. */
export function fontFaceRules(): string {
  return FACES.map(
    ({ weight, url }) => `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-weight:${weight};src:url(${url}) format('woff2')}`,
  ).join('');
}

/**
 * Loads the bundled font into the page (from its bytes: the page's CSP allows no data: fonts), so
 * it is decoded before an export is drawn on a canvas.
 */
export async function loadExportFonts(): Promise<void> {
  if (typeof FontFace === 'undefined' || !document.fonts) return;
  const faces = FACES.map(({ weight, url }) => new FontFace(EXPORT_FONT_FAMILY, bytesOf(url), { weight: String(weight) }));
  await Promise.all(faces.map((f) => f.load()));
  for (const face of faces) document.fonts.add(face);
}

function bytesOf(dataUrl: string): ArrayBuffer {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
