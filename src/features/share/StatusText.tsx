/**
 * A short polite status line (role="status"), visible while it has something to say. Hidden when empty,
 * as the URL notice is, so that the page's one visible status is the notice that outside tests look for.
 */
export function StatusText({ message }: { message: string }) {
  return (
    <span className="share-status" role="status" hidden={!message}>
      {message}
    </span>
  );
}
