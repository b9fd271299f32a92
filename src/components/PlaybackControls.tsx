interface PlaybackControlsProps {
  playing: boolean;
  previous?: number;
  next?: number;
  text: { controls: string; play: string; pause: string; previousRound: string; nextRound: string };
  onToggle: () => void;
  onGo: (year: number) => void;
}

/** Play / Pause and the buttons that jump to the previous or next year NATO changed. */
export function PlaybackControls({ playing, previous, next, text, onToggle, onGo }: PlaybackControlsProps) {
  return (
    <div className="playback" role="group" aria-label={text.controls}>
      <button type="button" className="playback__play" onClick={onToggle}>
        <span className="playback__icon" aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        {playing ? text.pause : text.play}
      </button>
      <button type="button" disabled={previous === undefined} onClick={() => previous !== undefined && onGo(previous)}>
        <span aria-hidden="true">‹ </span>
        {text.previousRound}
        {previous !== undefined && <span className="playback__to"> {previous}</span>}
      </button>
      <button type="button" disabled={next === undefined} onClick={() => next !== undefined && onGo(next)}>
        {text.nextRound}
        {next !== undefined && <span className="playback__to"> {next}</span>}
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}
