import { useCallback, useEffect, useRef, useState } from 'react';

/** What the last copy did: nothing yet, copied, or failed (no clipboard, or permission refused). */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long "copied" stays on screen before the confirmation clears. */
const CONFIRM_MS = 5000;

/** Copies text with the async Clipboard API and reports the outcome; the confirmation clears itself. */
export function useClipboard() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string): Promise<boolean> => {
    window.clearTimeout(timer.current);
    try {
      // Absent on insecure origins and in some embedded browsers; writeText rejects when permission is refused.
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(text);
    } catch {
      setStatus('failed');
      return false;
    }
    setStatus('copied');
    timer.current = window.setTimeout(() => setStatus('idle'), CONFIRM_MS);
    return true;
  }, []);

  return { status, copy };
}
