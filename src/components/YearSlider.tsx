import type { ChangeEvent } from 'react';

interface YearSliderProps {
  year: number;
  first: number;
  last: number;
  /** Years marked and labelled on the track. */
  marks: number[];
  label: string;
  marksLabel: string;
  valueText: string;
  onChange: (year: number) => void;
}

/** The year control: a native range input with the accession years marked under its track. */
export function YearSlider({ year, first, last, marks, label, marksLabel, valueText, onChange }: YearSliderProps) {
  const at = (y: number) => `${((y - first) / (last - first)) * 100}%`;
  return (
    <div className="slider">
      <input
        type="range"
        min={first}
        max={last}
        step={1}
        value={year}
        aria-label={label}
        aria-valuenow={year}
        aria-valuetext={valueText}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(Number(e.target.value))}
      />
      <ol className="slider-marks" aria-label={marksLabel}>
        {marks.map((y, i) => (
          <li key={y} style={{ left: at(y) }} className={i % 2 ? 'mark mark--low' : 'mark'}>
            <button type="button" tabIndex={-1} aria-current={y === year ? true : undefined} onClick={() => onChange(y)}>
              {y}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
