import { lazy, Suspense, useRef, useState } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import type { ViewState } from '../../core/domain/params';
import type { Strings } from '../../i18n/strings';
import { embedUrl, type FrameSpec } from '../../core/view/shareLinks';

/** The dialog and its codes load at the first press of the button: the page's first load carries none of them. */
const EmbedDialogBox = lazy(() => import('./EmbedDialogBox'));

type Share = Strings['share'];

/** The size suggested for the fixed iframe, and the shape of the responsive one; the embedded map fits any size. */
const FRAME = { width: 800, height: 600 };

interface EmbedDialogProps {
  data: Dataset;
  /** The view shown when the dialog opens. */
  now: () => ViewState;
  text: Share;
}

/**
 * The "Embed" button and its modal dialog with the code for the current view (EmbedDialogBox):
 * a fixed-size `<iframe>`, and a responsive one that takes the full width of the page at the same shape.
 */
export function EmbedDialog({ data, now, text }: EmbedDialogProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [frame, setFrame] = useState<FrameSpec>();

  const open = () => {
    const state = now();
    setFrame({ src: embedUrl(window.location.href, state, data), ...FRAME, title: text.frameTitle(state.year) });
  };

  return (
    <>
      <button ref={trigger} type="button" aria-haspopup="dialog" onClick={open}>
        {text.embed}
      </button>
      <Suspense>{frame && <EmbedDialogBox frame={frame} text={text} onClose={() => trigger.current?.focus()} />}</Suspense>
    </>
  );
}
