import { memo, useMemo } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import { useSettledValue } from '../../shared/useSettledValue';
import type { Strings } from '../../i18n/strings';
import { yearAnnouncement } from '../../core/view/announcement';

/** How long the year must stay put before it is announced: longer than the steps of a drag. */
export const ANNOUNCE_AFTER_MS = 750;

/** A polite live region that tells screen-reader users the year and its members once the year settles. */
export const YearAnnouncer = memo(function YearAnnouncer({ data, year, strings }: { data: Dataset; year: number; strings: Strings }) {
  const settled = useSettledValue(year, ANNOUNCE_AFTER_MS);
  const text = useMemo(() => (settled === undefined ? '' : yearAnnouncement(data, settled, strings)), [data, settled, strings]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="">
      {text}
    </p>
  );
});
