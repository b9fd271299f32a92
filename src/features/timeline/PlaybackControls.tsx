import type { Language } from '../../i18n/languages';
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
  /** The page's language, whose year pages the round links lead to. */
  lang?: Language;
}

/**
 * Play / Pause and the links to the previous and next year NATO changed: links to those years' pages,
 * which work without JavaScript; with it, they change the year in place.
 */
export const PlaybackControls = memo(function PlaybackControls({
  playing,
  previous,
  next,
  text,
  onToggle,
  onGo,
  lang,
}: PlaybackControlsProps) {
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
      <RoundLink year={previous} name={text.previousRound(previous)} onGo={onGo} lang={lang}>
        ‹ {previous}
      </RoundLink>
      <RoundLink year={next} name={text.nextRound(next)} onGo={onGo} lang={lang}>
        {next} ›
      </RoundLink>
    </div>
  );
});

/** A round's link; without a round that way (before the first, after the last), a link that leads nowhere, dimmed. */
function RoundLink({
  year,
  name,
  onGo,
  lang,
  children,
}: {
  year?: number;
  name: string;
  onGo: (year: number) => void;
  lang?: Language;
  children: ReactNode;
}) {
  const link = year === undefined ? { role: 'link', 'aria-disabled': true } : yearLink(year, onGo, lang);
  return (
    <a className="playback__round" aria-label={name} title={name} {...link}>
      {children}
    </a>
  );
}
