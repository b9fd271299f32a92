import { memo, type KeyboardEvent } from 'react';
import type { Status } from '../../core/domain/types';

/** Props of one drawn unit: plain values so that memo skips units whose status did not change. */
export interface CountryProps {
  code: string;
  d: string;
  status: Status;
  /** Written to `data-status`: the status and any bloc, space-separated. */
  statusTokens: string;
  label: string;
  selected: boolean;
  /** 0 for the map's single Tab stop, -1 for the others, reached with the arrow keys. */
  tabIndex: 0 | -1;
  onSelect: (code: string) => void;
}

/** One country or territory on the map: focusable, named by its status, opened by click, Enter or Space. */
export const Country = memo(function Country({ code, d, status, statusTokens, label, selected, tabIndex, onSelect }: CountryProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(code);
    }
  };
  return (
    <path
      d={d}
      className={`unit unit--${status}${statusTokens.includes('warsaw-pact') ? ' unit--warsaw-pact' : ''}`}
      data-unit={code}
      data-member={status !== 'non-member'}
      data-status={statusTokens}
      aria-current={selected ? true : undefined}
      role="button"
      aria-label={label}
      tabIndex={tabIndex}
      onClick={() => onSelect(code)}
      onKeyDown={onKeyDown}
    />
  );
});
