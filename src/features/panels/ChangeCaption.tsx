import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useEscape } from '../../shared/useEscape';
import { useClipped } from '../../shared/useClipped';
import './changeCaption.css';

interface ChangeCaptionProps {
  text: string;
  /** While the timeline plays, the sentence stands over the map, and its place keeps its height. */
  playing?: boolean;
  /** The name of the button that shows a sentence its line cuts short; none, no button. */
  wholeLabel?: string;
}

/**
 * One sentence on what changed in the shown year. Its place keeps its height (one line on a
 * laptop, two on a phone), so the map under it never moves; a sentence longer than that ends in
 * an ellipsis and a button that shows it whole, over the top of the map, until pressed again,
 * Escape, or the next year's sentence.
 */
export const ChangeCaption = memo(function ChangeCaption({ text, playing = false, wholeLabel }: ChangeCaptionProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  // The height it had when playback started, held while it plays: sentences of other lengths then
  // move neither the map nor the Play button under the reader's pointer.
  const [held, setHeld] = useState<number>();
  useLayoutEffect(() => setHeld(playing ? ref.current?.offsetHeight : undefined), [playing]);
  const end = useRef<HTMLSpanElement>(null);
  const cut = useClipped(ref, end);
  // The sentence shown whole, if any: another year's sentence starts cut again.
  const [wholeText, setWholeText] = useState<string>();
  const whole = wholeText === text && !playing;
  const close = useCallback(() => setWholeText(undefined), []);
  useEscape(whole, close);
  return (
    <>
      <p
        ref={ref}
        className="change-caption"
        data-playing={playing || undefined}
        data-whole={whole || undefined}
        style={held ? { height: held } : undefined}
      >
        <span className="change-caption__text">
          {text}
          <span ref={end} className="change-caption__end" />
        </span>
      </p>
      {wholeLabel && !playing && (cut || whole) && (
        <button
          type="button"
          className="change-caption__whole"
          aria-expanded={whole}
          aria-label={wholeLabel}
          title={wholeLabel}
          onClick={() => setWholeText(whole ? undefined : text)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={whole ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'} />
          </svg>
        </button>
      )}
    </>
  );
});
