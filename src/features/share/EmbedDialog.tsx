import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import type { ViewState } from '../../core/domain/params';
import type { Strings } from '../../i18n/strings';
import { embedUrl, type FrameSpec } from '../../core/view/shareLinks';

/** The codes and their Copy buttons load when the dialog first opens: the page's first load carries none of it. */
const EmbedCodes = lazy(() => import('./EmbedCodes'));

type Share = Strings['share'];

/** The size suggested for the fixed iframe, and the shape of the responsive one; the embedded map fits any size. */
const FRAME = { width: 800, height: 600 };

interface EmbedDialogProps {
  data: Dataset;
  /** The view shown when the dialog opens. */
  now: () => ViewState;
  text: Share;
}

/** Escape closes the dialog (natively) and must not also reach the page's own Escape handler, which closes the details. */
const keepEscape = (e: KeyboardEvent) => {
  if (e.key === 'Escape') e.stopPropagation();
};

/**
 * The "Embed" button and its modal dialog with the code for the current view: a fixed-size
 * `<iframe>`, and a responsive one that takes the full width of the page at the same shape.
 */
export function EmbedDialog({ data, now, text }: EmbedDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [frame, setFrame] = useState<FrameSpec>();

  const open = () => {
    const state = now();
    setFrame({ src: embedUrl(window.location.href, state, data), ...FRAME, title: text.frameTitle(state.year) });
    dialog.current?.showModal();
  };

  return (
    <>
      <button ref={trigger} type="button" aria-haspopup="dialog" onClick={open}>
        {text.embed}
      </button>
      {/* Native modal dialog: traps focus, closes on Escape; focus goes back to the button on close. */}
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={id} onClose={() => trigger.current?.focus()} onKeyDown={keepEscape}>
        <h2 id={id}>{text.embedTitle}</h2>
        <p>{text.embedIntro}</p>
        <h3 className="embed-dialog__heading">{text.embedCode}</h3>
        <Suspense>{frame && <EmbedCodes frame={frame} text={text} />}</Suspense>
        <div className="embed-dialog__actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {text.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
