/**
 * The map's colours, one source of truth: `src/app/styles.css` mirrors them as custom properties
 * (`--member` …) and tests/shared/palette.test.ts checks both that it does and that the colours stay
 * apart under colour-vision deficiencies and readable as text.
 *
 * Okabe–Ito based: blue for members and orange (plus stripes) for "joined this year" stay distinct
 * under deuteranopia, protanopia and tritanopia; non-members are a light grey.
 */
export const palette = {
  member: '#1d4e89',
  joined: '#e69f00',
  joinedLine: '#7a4a00',
  nonMember: '#d4d4d4',
  /** Members of the Warsaw Pact (a finer status of non-members, 1955–1991). */
  /** Muted on purpose: a quiet tint under NATO's blue, not a second loud colour over half the map. */
  warsawPact: '#907076',
  /** The steps towards NATO: marks in member blue on grey, or on this light tint for aspirants and invited states. */
  pathTint: '#b8cce4',
  /** The EU lens: member states of the EU (EEC/EC), and in the lens that shows both, the EU only. */
  eu: '#d8b300',
  /** The lens that shows both: NATO only (NATO and EU together take the member blue). */
  natoOnly: '#56b4e9',
  land: '#ebebeb',
  sea: '#f4f8fb',
  border: '#ffffff',
  occupiedLine: '#b00020',
  disputedDot: '#3b3b3b',
  text: '#1b1b1b',
  muted: '#4a4a4a',
  accent: '#0b5cad',
  panel: '#ffffff',
  focus: '#8a1277',
  focusHalo: '#ffffff',
  /** The page behind the panels (`:root { background }`). */
  page: '#fafafa',
  /** The URL notice's background (`.notice`). */
  notice: '#fff4d6',
} as const;

/** A colour of the palette. */
export type PaletteColour = keyof typeof palette;

/** The CSS custom property that mirrors a colour, e.g. `joinedLine` → `--joined-line`. */
export function cssVariable(name: PaletteColour): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
