import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import type { ViewState } from '../../core/domain/params';
import type { Strings } from '../../i18n/strings';
import { useClipboard } from './useClipboard';
import { embedUrl, iframeSnippet } from '../../core/view/shareLinks';
import { StatusText } from './StatusText';

type Share = Strings['share'];

/** The size suggested for the iframe; the embedded map fits any size. */
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

/** The "Embed" button and its modal dialog with the `<iframe>` code for the current view. */
export function EmbedDialog({ data, now, text }: EmbedDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [snippet, setSnippet] = useState('');
  const { status, copy } = useClipboard();

  const open = () => {
    const state = now();
    const src = embedUrl(window.location.href, state, data);
    setSnippet(iframeSnippet({ src, ...FRAME, title: text.frameTitle(state.year) }));
    dialog.current?.showModal();
  };
  const copyCode = async () => {
    if (!(await copy(snippet))) code.current?.select();
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
        <label className="embed-dialog__code">
          {text.embedCode}
          <textarea ref={code} readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
        </label>
        <div className="embed-dialog__actions">
          <button type="button" onClick={copyCode}>
            {text.copyCode}
          </button>
          <StatusText message={status === 'copied' ? text.codeCopied : status === 'failed' ? text.codeManual : ''} />
          <button type="button" onClick={() => dialog.current?.close()}>
            {text.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
