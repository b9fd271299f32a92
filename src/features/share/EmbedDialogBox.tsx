import { lazy, Suspense, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Strings } from '../../i18n/strings';
import type { FrameSpec } from '../../core/view/shareLinks';
import './embedDialog.css';

/** The codes and their Copy buttons load when the dialog first opens: the page's first load carries none of it. */
const EmbedCodes = lazy(() => import('./EmbedCodes'));

/** Escape closes the dialog (natively) and must not also reach the page's own Escape handler, which closes the details. */
const keepEscape = (e: KeyboardEvent) => {
  if (e.key === 'Escape') e.stopPropagation();
};

interface EmbedDialogBoxProps {
  /** The frame asked for: a new one (each press of the button) opens the dialog. */
  frame: FrameSpec;
  text: Strings['share'];
  onClose: () => void;
}

/**
 * The Embed dialog with the code for the view shown when it was asked for: a fixed-size
 * `<iframe>`, and a responsive one that takes the full width of the page at the same shape. Loaded
 * at the first press of the Embed button (EmbedDialog), outside the page's first load.
 */
export default function EmbedDialogBox({ frame, text, onClose }: EmbedDialogBoxProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), [frame]);
  return (
    // Native modal dialog: traps focus, closes on Escape; focus goes back to the button on close.
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={id} onClose={onClose} onKeyDown={keepEscape}>
      <h2 id={id}>{text.embedTitle}</h2>
      <p>{text.embedIntro}</p>
      <h3 className="embed-dialog__heading">{text.embedCode}</h3>
      <Suspense>
        <EmbedCodes frame={frame} text={text} />
      </Suspense>
      <div className="embed-dialog__actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {text.close}
        </button>
      </div>
    </dialog>
  );
}
