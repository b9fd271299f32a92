import { memo, useMemo } from 'react';
import { stepPath, type YearPoint } from '../core/view/series';

interface SparklineProps {
  points: YearPoint[];
  /** The year to mark. */
  year: number;
  /** Text alternative; absent: the chart is decorative (the figure is given in text nearby). */
  label?: string;
  className?: string;
}

const W = 300;
const H = 40;

/**
 * A small step chart of a value over the years, with the shown year marked. It stretches to its
 * box, so under the slider its years line up with the slider's stops.
 */
export const Sparkline = memo(function Sparkline({ points, year, label, className }: SparklineProps) {
  const max = useMemo(() => Math.max(0, ...points.map((p) => p.value)), [points]);
  const d = useMemo(() => stepPath(points, W, H, max), [points, max]);
  const first = points[0]?.year ?? year;
  const span = Math.max(1, (points[points.length - 1]?.year ?? year) - first);
  const x = ((year - first) / span) * W;
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true };
  return (
    <svg className={`sparkline ${className ?? ''}`} viewBox={`0 -2 ${W} ${H + 4}`} preserveAspectRatio="none" {...a11y}>
      <path className="sparkline__area" d={`${d}V${H}H0Z`} />
      <path className="sparkline__line" d={d} vectorEffect="non-scaling-stroke" />
      <line className="sparkline__now" x1={x} x2={x} y1={-2} y2={H + 2} vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
