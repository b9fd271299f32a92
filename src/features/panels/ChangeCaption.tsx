import { memo, useLayoutEffect, useRef, useState } from 'react';
import './changeCaption.css';

interface ChangeCaptionProps {
  text: string;
  /** While the timeline plays, the sentence stands over the map, and its place keeps its height. */
  playing?: boolean;
}

/** One sentence on what changed in the shown year. */
export const ChangeCaption = memo(function ChangeCaption({ text, playing = false }: ChangeCaptionProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  // The height it had when playback started, held while it plays: sentences of other lengths then
  // move neither the map nor the Play button under the reader's pointer.
  const [held, setHeld] = useState<number>();
  useLayoutEffect(() => setHeld(playing ? ref.current?.offsetHeight : undefined), [playing]);
  return (
    <p ref={ref} className="change-caption" data-playing={playing || undefined} style={held ? { height: held } : undefined}>
      <span className="change-caption__text">{text}</span>
    </p>
  );
});
