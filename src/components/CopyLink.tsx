import { useRef } from 'react';
import type { Share } from '../i18n/en/share';
import { useSelectOnShow } from '../hooks/useSelectOnShow';
import { useShareLink } from '../hooks/useShareLink';
import { StatusText } from './StatusText';

/** "Copy link": copies (or, on phones, shares) the current address, confirms it, or shows it to copy by hand. */
export function CopyLink({ text }: { text: Share }) {
  const { outcome, manualUrl, share } = useShareLink();
  const field = useRef<HTMLInputElement>(null);
  useSelectOnShow(field, manualUrl);
  const message = outcome === 'copied' ? text.linkCopied : outcome === 'shared' ? text.linkShared : outcome === 'manual' ? text.linkManual : '';
  return (
    <div className="copy-link">
      <button type="button" onClick={share}>
        {text.copyLink}
      </button>
      <StatusText message={message} />
      {manualUrl && (
        <input ref={field} className="copy-link__field" type="url" readOnly value={manualUrl} aria-label={text.linkField} onFocus={(e) => e.target.select()} />
      )}
    </div>
  );
}
