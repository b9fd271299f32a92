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
        <span className="playback__icon" aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        {playing ? text.pause : text.play}
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
