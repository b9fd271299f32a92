import { memo } from 'react';
/** The "Table" button: pressed, the map gives way to a table of the same year. */
export const ViewToggle = memo(function ViewToggle({ pressed, label, onToggle }: { pressed: boolean; label: string; onToggle: (table: boolean) => void }) {
  return (
    <button type="button" className="view-toggle" aria-pressed={pressed} onClick={() => onToggle(!pressed)}>
      {label}
    </button>
  );
});
