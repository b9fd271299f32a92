import { useMemo } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import { describeDetails } from '../../core/view/describeDetails';
import type { Strings } from '../../i18n/strings';
import { DetailsPanel } from './DetailsPanel';

interface UnitDetailsProps {
  data: Dataset;
  /** The open unit; nothing is shown if it is not on the map that year. */
  code: string;
  year: number;
  strings: Strings;
  reveal: boolean;
  onClose: () => void;
}

/**
 * The open unit's details, described for the year and shown in their panel. A chunk of its own
 * (UnitDetailsLoader.tsx), out of the first load: a page opens with no unit open, and a link that
 * names one preloads it from the page's head (index.html) alongside the app's own script.
 */
export default function UnitDetails({ data, code, year, strings, reveal, onClose }: UnitDetailsProps) {
  const details = useMemo(() => describeDetails(data, code, year, strings), [data, code, year, strings]);
  return details ? <DetailsPanel details={details} text={strings.ui.details} reveal={reveal} onClose={onClose} /> : null;
}
