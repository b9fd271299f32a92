import { memo } from 'react';
import type { Lens } from '../../core/domain/types';

interface LensSwitchProps {
  lens: Lens;
  text: { switchLabel: string; names: Record<Lens, string>; descriptions: Record<Lens, string> };
  onChange: (lens: Lens) => void;
}

const LENSES: readonly Lens[] = ['nato', 'eu', 'both'];

/**
 * What the map's colours show: NATO, the EU or both. Native radio buttons in a named group, drawn
 * as a segmented control: arrow keys move between them, each change is one history entry.
 */
export const LensSwitch = memo(function LensSwitch({ lens, text, onChange }: LensSwitchProps) {
  return (
    <fieldset className="lens-switch" data-lens-switch="">
      <legend className="lens-switch__label">{text.switchLabel}</legend>
      {LENSES.map((value) => (
        <label key={value} className="lens-switch__option" title={text.descriptions[value]}>
          <input type="radio" name="lens" value={value} checked={lens === value} onChange={() => onChange(value)} />
          <span>{text.names[value]}</span>
        </label>
      ))}
    </fieldset>
  );
});
