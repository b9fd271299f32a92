import { useCallback, useState } from 'react';
import { prefersNativeShare } from '../../core/view/shareLinks';
import { useClipboard } from './useClipboard';

/** What the share button did last: copied, shared through the system sheet, or showed the link to copy by hand. */
export type ShareOutcome = 'idle' | 'copied' | 'shared' | 'manual';

/**
 * Shares the address of the view shown (`address`, read when used): the system share sheet on
 * touch devices that have one, otherwise the clipboard; where neither works, the address is handed
 * back to show in a field the user can copy.
 */
export function useShareLink(address: () => string) {
  const { status, copy } = useClipboard();
  const [shared, setShared] = useState(false);
  const [manualUrl, setManualUrl] = useState<string>();

  const share = useCallback(async () => {
    const url = address();
    setShared(false);
    setManualUrl(undefined);
    const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
    if (prefersNativeShare(typeof navigator.share === 'function', coarse)) {
      try {
        await navigator.share({ url, title: document.title });
        setShared(true);
        return;
      } catch (e) {
        // The user closed the sheet: nothing to do. Any other failure falls through to copying.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    if (!(await copy(url))) setManualUrl(url);
  }, [copy, address]);

  const outcome: ShareOutcome = shared ? 'shared' : manualUrl ? 'manual' : status === 'copied' ? 'copied' : 'idle';
  return { outcome, manualUrl, share };
}
