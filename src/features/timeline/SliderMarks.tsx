import { memo, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { placeYearLabels } from './placeYearLabels';
import { yearLink } from './yearLink';

interface SliderMarksProps {
  first: number;
  last: number;
  /** Years marked and labelled on the track. */
  marks: number[];
  /** The marked year shown now, if the year shown is one. */
  current?: number;
  label: string;
  /** The year's label where the slider is too narrow for four digits, and its accessible name. */
  short: (year: number) => string;
  shortName: (year: number) => string;
  onPick: (year: number) => void;
}

/**
 * The accession years under the slider's track, each a tick, in one row with as many labelled
 * links (to the year's page; with the app running, to the year in place) as fit without touching:
 * the first and last always, each kept inside the track. Until the track is measured (and where
 * there is no layout), every year. Out of the tab order: the slider reaches every year.
 */
export const SliderMarks = memo(function SliderMarks({ first, last, marks, current, label, short, shortName, onPick }: SliderMarksProps) {
  const list = useRef<HTMLOListElement>(null);
  const width = useWidth(list);
  const placed = useMemo(() => placeYearLabels(marks, first, last, width, current), [marks, first, last, width, current]);
  return (
    <ol className="slider-marks" aria-label={label} ref={list} data-measured={width > 0 || undefined}>
      {placed.map(({ year: y, at, label: form, shift }) => (
        <li key={y} style={{ left: `${at * 100}%`, '--shift': `${shift}px` } as CSSProperties} className="mark">
          {/* A year without room for its label is a tick only: the slider reaches it. */}
          {form !== 'none' && (
            <a
              {...yearLink(y, onPick)}
              tabIndex={-1}
              aria-label={form === 'short' ? shortName(y) : String(y)}
              aria-current={y === current ? true : undefined}
            >
              {form === 'long' && <span className="mark__year">{y}</span>}
              {form === 'short' && <span className="mark__short">{short(y)}</span>}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
});

/** The element's width in CSS px, followed as it changes; 0 until measured. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
