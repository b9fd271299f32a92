import './LoadError.css';

interface LoadErrorProps {
  text: { failed: string; retry: string };
  onRetry: () => void;
}

/** Says that the map data did not arrive, with a way to try again. */
export function LoadError({ text, onRetry }: LoadErrorProps) {
  return (
    <div className="load-error" role="alert">
      <p>{text.failed}</p>
      <button type="button" onClick={onRetry}>
        {text.retry}
      </button>
    </div>
  );
}
