// XWB: West Berlin, the American, British and French sectors of Berlin (1949–1990).
// Natural Earth admin-1 only has all of Berlin (DE.BE), so West Berlin is cut
// from it along the sector boundary with East Berlin, traced below.
//
// APPROXIMATE, traced by hand from the course of the inner-city Berlin Wall,
// which followed the boundary between the western and the Soviet sectors:
// from the city limit between Lübars (west) and Blankenfelde (east) south past
// Bornholmer Straße, along Bernauer Straße, the Reichstag, the Brandenburg
// Gate, Potsdamer Platz, Checkpoint Charlie and the Kreuzberg bank of the Spree
// at the Oberbaum Bridge, then between Neukölln (west) and Treptow (east) past
// Sonnenallee to the city limit at Rudow. Points are good to a few hundred
// metres, about a tenth of a pixel on the map. The rest of West Berlin's
// outline is the Berlin–Brandenburg boundary of admin-1 itself. Not shown:
// the exclaves (Steinstücken and smaller), and West Staaken, which was part of
// Spandau but under East German administration from 1951 to 1990.
import { intersection } from './clip.mjs';

// [longitude, latitude], north to south; the first and last points lie
// outside the city so that the line cuts Berlin in two.
const SECTOR_BOUNDARY = [
  [13.39, 52.7], // north of the city limit
  [13.385, 52.64], // city limit, Lübars / Blankenfelde
  [13.395, 52.61], // Tegeler Fließ
  [13.375, 52.585], // Märkisches Viertel / Wilhelmsruh
  [13.392, 52.565], // Wollankstraße
  [13.398, 52.555], // Bornholmer Straße
  [13.405, 52.545], // Schwedter Straße
  [13.396, 52.537], // Bernauer Straße
  [13.38, 52.532], // Chausseestraße
  [13.37, 52.527], // Invalidenstraße, Sandkrug Bridge
  [13.377, 52.52], // Spree east of the Reichstag
  [13.3765, 52.516], // Brandenburg Gate
  [13.376, 52.509], // Potsdamer Platz
  [13.384, 52.507], // Niederkirchnerstraße
  [13.3904, 52.5075], // Checkpoint Charlie
  [13.4155, 52.507], // Heinrich-Heine-Straße
  [13.425, 52.507], // Engelbecken, Köpenicker Straße
  [13.446, 52.502], // Oberbaum Bridge, Kreuzberg bank
  [13.453, 52.497], // Schlesischer Busch, Landwehr Canal
  [13.4596, 52.4886], // Heidelberger Straße
  [13.4783, 52.4747], // Sonnenallee
  [13.49, 52.455], // Teltow Canal, Britz / Baumschulenweg
  [13.515, 52.435], // Rudow / Johannisthal
  [13.52, 52.4], // city limit, Rudow / Altglienicke
  [13.56, 52.36], // south-east of the city limit
];

// The sector boundary closed round the west, well outside Berlin.
const WEST_SIDE = [[SECTOR_BOUNDARY.concat([[13.56, 52.3], [13.0, 52.3], [13.0, 52.75], [13.39, 52.75], SECTOR_BOUNDARY[0]])]];

/** West Berlin: the part of Berlin (admin-1, a MultiPolygon) west of the sector boundary. */
export const cutWestBerlin = (berlin) => intersection(berlin, WEST_SIDE);
