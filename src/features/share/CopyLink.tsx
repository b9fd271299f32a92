import { useRef } from 'react';
import type { Strings } from '../../i18n/strings';
import { useSelectOnShow } from './useSelectOnShow';
import { useShareLink } from './useShareLink';
import { StatusText } from './StatusText';

type Share = Strings['share'];

interface CopyLinkProps {
  text: Share;
  /** The address of the view shown, read when the button is used. */
  address: () => string;
}

/** "Copy link": copies (or, on phones, shares) the address of the view shown, confirms it, or shows it to copy by hand. */
export function CopyLink({ text, address }: CopyLinkProps) {
  const { outcome, manualUrl, share } = useShareLink(address);
  const field = useRef<HTMLInputElement>(null);
  useSelectOnShow(field, manualUrl);
  const message =
    outcome === 'copied' ? text.linkCopied : outcome === 'shared' ? text.linkShared : outcome === 'manual' ? text.linkManual : '';
  return (
    <div className="copy-link">
      <button type="button" onClick={share}>
        {text.copyLink}
      </button>
      <StatusText message={message} />
      {manualUrl && (
        <input
          ref={field}
          className="copy-link__field"
          type="url"
          readOnly
          value={manualUrl}
          aria-label={text.linkField}
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
