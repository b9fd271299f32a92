import type { MapGeometry } from '../../core/geo/geometry';
import type { DrawnItem } from '../../core/view/yearView';
import { palette } from '../../shared/palette';

/** The preview's fills by status, from the palette (no stylesheet applies to a rasterised image). */
const FILL = { member: palette.member, joined: palette.joined, 'non-member': palette.nonMember } as const;
const W = 1200;
const H = 630;

interface PreviewImageProps {
  geometry: MapGeometry;
  units: DrawnItem[];
  lead: string;
  year: number;
  count: string;
  credit: string;
}

/** A year's link preview (1200×630): the map with its members coloured, the year and the count. */
export function PreviewImage({ geometry, units, lead, year, count, credit }: PreviewImageProps) {
  // The map on the right, the year in a 300 px column on the left.
  const scale = Math.min((W - 340) / geometry.width, (H - 40) / geometry.height);
  const x = W - geometry.width * scale - 20;
  const y = (H - geometry.height * scale) / 2;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      fontFamily="DejaVu Sans, Liberation Sans, sans-serif"
    >
      <rect width={W} height={H} fill={palette.page} />
      <g transform={`translate(${x} ${y}) scale(${scale})`}>
        <rect width={geometry.width} height={geometry.height} fill={palette.sea} />
        <path d={geometry.land} fill={palette.land} />
        {units.map((u) => (
          <path key={u.shapeId} d={geometry.shapes.get(u.shapeId) ?? ''} fill={FILL[u.status]} stroke={palette.border} strokeWidth={0.6} />
        ))}
        <rect {...geometry.inset} fill="none" stroke={palette.muted} strokeWidth={1} />
      </g>
      <text x={40} y={H - 150} fontSize={27} fill={palette.muted}>
        {lead}
      </text>
      <text x={36} y={H - 70} fontSize={84} fontWeight="bold" fill={palette.text}>
        {year}
      </text>
      <text x={40} y={H - 30} fontSize={30} fill={palette.member}>
        {count}
      </text>
      {/* Smaller where a language's credit is longer, so that it keeps within the image (about 0.6 em a character). */}
      <text
        x={W - 24}
        y={H - 8}
        fontSize={Math.min(12, Math.floor((W - 48) / (credit.length * 0.6)))}
        fill={palette.muted}
        textAnchor="end"
      >
        {credit}
      </text>
    </svg>
  );
}
