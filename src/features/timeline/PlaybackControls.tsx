import { memo, type ReactNode } from 'react';
import { yearLink } from './yearLink';
interface PlaybackControlsProps {
  playing: boolean;
  previous?: number;
  next?: number;
  text: {
    controls: string;
    play: string;
    pause: string;
    previousRound: (year?: number) => string;
    nextRound: (year?: number) => string;
  };
  onToggle: () => void;
  onGo: (year: number) => void;
}

/**
 * Play / Pause and the links to the previous and next year NATO changed: links to those years' pages,
 * which work without JavaScript; with it, they change the year in place.
 */
export const PlaybackControls = memo(function PlaybackControls({ playing, previous, next, text, onToggle, onGo }: PlaybackControlsProps) {
  return (
    <div className="playback" role="group" aria-label={text.controls}>
      <button type="button" className="playback__play" onClick={onToggle}>
        <svg className="playback__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d={playing ? 'M2 1h3v10H2zM7 1h3v10H7z' : 'M2.5 1l8.5 5-8.5 5z'} />
        </svg>
        {/* Both words share one cell, the other one hidden: the button is as wide as the longer
            in either state, so it never moves or resizes under the pointer. */}
        <span className="playback__words">
          <span className="playback__word" aria-hidden={playing || undefined}>
            {text.play}
          </span>
          <span className="playback__word" aria-hidden={!playing || undefined}>
            {text.pause}
          </span>
        </span>
      </button>
      <RoundLink year={previous} name={text.previousRound(previous)} onGo={onGo}>
        ‹ {previous}
      </RoundLink>
      <RoundLink year={next} name={text.nextRound(next)} onGo={onGo}>
        {next} ›
      </RoundLink>
    </div>
  );
});

/** A round's link; without a round that way (before the first, after the last), a link that leads nowhere, dimmed. */
function RoundLink({ year, name, onGo, children }: { year?: number; name: string; onGo: (year: number) => void; children: ReactNode }) {
  const link = year === undefined ? { role: 'link', 'aria-disabled': true } : yearLink(year, onGo);
  return (
    <a className="playback__round" aria-label={name} title={name} {...link}>
      {children}
    </a>
  );
}
