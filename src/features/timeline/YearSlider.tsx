import type { ChangeEvent } from 'react';
import { SliderMarks } from './SliderMarks';
import type { Language } from '../../i18n/languages';

interface YearSliderProps {
  /** The input's id, for a skip link. */
  id?: string;
  year: number;
  first: number;
  last: number;
  /** Years marked and labelled on the track. */
  marks: number[];
  label: string;
  marksText: { accessionYears: string; shortYear: (year: number) => string; shortYearName: (year: number) => string };
  valueText: string;
  onChange: (year: number) => void;
  /** The page's language, whose year pages the marks link to. */
  lang?: Language;
}

/** The year control: a native range input with the accession years marked under its track. */
export function YearSlider({ id, year, first, last, marks, label, marksText, valueText, onChange, lang }: YearSliderProps) {
  return (
    <div className="slider">
      <input
        id={id}
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
      {/* During a scrub, re-rendered only when the year reaches or leaves a marked one. */}
      <SliderMarks
        first={first}
        last={last}
        marks={marks}
        current={marks.includes(year) ? year : undefined}
        label={marksText.accessionYears}
        short={marksText.shortYear}
        shortName={marksText.shortYearName}
        onPick={onChange}
        lang={lang}
      />
    </div>
  );
}
