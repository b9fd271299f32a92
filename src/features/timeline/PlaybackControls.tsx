import { memo } from 'react';
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

/** Play / Pause and the buttons that jump to the previous or next year NATO changed. */
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
      <button
        type="button"
        className="playback__round"
        aria-label={text.previousRound(previous)}
        title={text.previousRound(previous)}
        disabled={previous === undefined}
        onClick={() => previous !== undefined && onGo(previous)}
      >
        ‹ {previous}
      </button>
      <button
        type="button"
        className="playback__round"
        aria-label={text.nextRound(next)}
        title={text.nextRound(next)}
        disabled={next === undefined}
        onClick={() => next !== undefined && onGo(next)}
      >
        {next} ›
      </button>
    </div>
  );
});
