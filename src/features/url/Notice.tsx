import { memo } from 'react';
/** A polite, visible notice, e.g. about URL values that were ignored. */
export const Notice = memo(function Notice({
  messages,
  dismissText,
  onDismiss,
}: {
  messages: readonly string[];
  dismissText: string;
  onDismiss: () => void;
}) {
  return (
    <div className="notice" role="status">
      {messages.length > 0 && (
        <>
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
          <button type="button" onClick={onDismiss}>
            {dismissText}
          </button>
        </>
      )}
    </div>
  );
});
