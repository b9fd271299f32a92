import { memo } from 'react';

interface SliderMarksProps {
  first: number;
  last: number;
  /** Years marked and labelled on the track. */
  marks: number[];
  /** The marked year shown now, if the year shown is one. */
  current?: number;
  label: string;
  onPick: (year: number) => void;
}

/** The accession years under the slider's track, each a button that goes to its year. */
export const SliderMarks = memo(function SliderMarks({ first, last, marks, current, label, onPick }: SliderMarksProps) {
  const at = (y: number) => `${((y - first) / (last - first)) * 100}%`;
  return (
    <ol className="slider-marks" aria-label={label}>
      {marks.map((y, i) => (
        <li key={y} style={{ left: at(y) }} className={i % 2 ? 'mark mark--low' : 'mark'}>
          <button type="button" tabIndex={-1} aria-current={y === current ? true : undefined} onClick={() => onPick(y)}>
            {y}
          </button>
        </li>
      ))}
    </ol>
  );
});
