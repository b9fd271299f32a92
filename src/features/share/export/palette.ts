import { cssVariable, palette, type PaletteColour } from '../../../shared/palette';

/** The colours an exported image is drawn with, written inline so the file stands alone. */
export interface Palette {
  member: string;
  joined: string;
  joinedLine: string;
  nonMember: string;
  warsawPact: string;
  /** The EU lens's members, and the EU only in the lens that shows both. */
  eu: string;
  /** NATO only, in the lens that shows both. */
  natoOnly: string;
  land: string;
  sea: string;
  border: string;
  occupiedLine: string;
  disputedDot: string;
  text: string;
  muted: string;
  background: string;
}

/** The palette's colour behind each exported colour; the background is the panels'. */
const SOURCE: Record<keyof Palette, PaletteColour> = {
  member: 'member',
  joined: 'joined',
  joinedLine: 'joinedLine',
  nonMember: 'nonMember',
  warsawPact: 'warsawPact',
  eu: 'eu',
  natoOnly: 'natoOnly',
  land: 'land',
  sea: 'sea',
  border: 'border',
  occupiedLine: 'occupiedLine',
  disputedDot: 'disputedDot',
  text: 'text',
  muted: 'muted',
  background: 'panel',
};
const entries = Object.entries(SOURCE) as [keyof Palette, PaletteColour][];

/** The app's light colours (src/shared/palette.ts), used when the page's custom properties cannot be read. */
export const defaultPalette = Object.fromEntries(entries.map(([key, colour]) => [key, palette[colour]])) as unknown as Palette;

/** The palette with each colour read through `read` (e.g. from computed styles, by its CSS custom property); empty values keep the default. */
export function paletteFrom(read: (property: string) => string): Palette {
  const result = { ...defaultPalette };
  for (const [key, colour] of entries) {
    const value = read(cssVariable(colour)).trim();
    if (value) result[key] = value;
  }
  return result;
}
