import { memo } from 'react';

interface SliderMarksProps {
  first: number;
  last: number;
  /** Years marked and labelled on the track. */
  marks: number[];
  /** The marked year shown now, if the year shown is one. */
  current?: number;
  label: string;
  /** The year's label where the slider is too narrow for four digits. */
  short: (year: number) => string;
  onPick: (year: number) => void;
}

/** The accession years under the slider's track, each a button that goes to its year. */
export const SliderMarks = memo(function SliderMarks({ first, last, marks, current, label, short, onPick }: SliderMarksProps) {
  const at = (y: number) => `${((y - first) / (last - first)) * 100}%`;
  return (
    <ol className="slider-marks" aria-label={label}>
      {/* Labels alternate between two rows, or three on a narrow slider (see styles.css). */}
      {marks.map((y) => (
        <li key={y} style={{ left: at(y) }} className="mark">
          <button type="button" tabIndex={-1} aria-label={String(y)} aria-current={y === current ? true : undefined} onClick={() => onPick(y)}>
            <span className="mark__year">{y}</span>
            <span className="mark__short" aria-hidden="true">
              {short(y)}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
});
