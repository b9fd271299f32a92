/** The colours an exported image is drawn with, written inline so the file stands alone. */
export interface Palette {
  member: string;
  joined: string;
  joinedLine: string;
  nonMember: string;
  land: string;
  sea: string;
  border: string;
  occupiedLine: string;
  disputedDot: string;
  text: string;
  muted: string;
  background: string;
}

/** The app's light colours (styles.css :root), used when the page's custom properties cannot be read. */
export const defaultPalette: Palette = {
  member: '#1d4e89',
  joined: '#e69f00',
  joinedLine: '#7a4a00',
  nonMember: '#d4d4d4',
  land: '#ebebeb',
  sea: '#f4f8fb',
  border: '#ffffff',
  occupiedLine: '#b00020',
  disputedDot: '#3b3b3b',
  text: '#1b1b1b',
  muted: '#4a4a4a',
  background: '#ffffff',
};

/** The CSS custom property behind each colour, so exports follow the stylesheet. */
const properties: Partial<Record<keyof Palette, string>> = {
  member: '--member',
  joined: '--joined',
  joinedLine: '--joined-line',
  nonMember: '--non-member',
  land: '--land',
  sea: '--sea',
  border: '--border',
  occupiedLine: '--occupied-line',
  disputedDot: '--disputed-dot',
  text: '--text',
  muted: '--muted',
};

/** The palette with each colour read through `read` (e.g. from computed styles); empty values keep the default. */
export function paletteFrom(read: (property: string) => string): Palette {
  const palette = { ...defaultPalette };
  for (const [key, property] of Object.entries(properties) as [keyof Palette, string][]) {
    const value = read(property).trim();
    if (value) palette[key] = value;
  }
  return palette;
}
