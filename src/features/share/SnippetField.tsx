import { useRef } from 'react';
import { useClipboard } from './useClipboard';
import { StatusText } from './StatusText';

interface SnippetFieldProps {
  label: string;
  code: string;
  text: { copyCode: string; codeCopied: string; codeManual: string };
}

/** A read-only field of code to paste elsewhere, with its own Copy button and confirmation. */
export function SnippetField({ label, code, text }: SnippetFieldProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useClipboard();
  const copyCode = async () => {
    if (!(await copy(code))) field.current?.select();
  };
  return (
    <div className="embed-dialog__snippet">
      <label className="embed-dialog__code">
        {label}
        <textarea ref={field} readOnly rows={3} value={code} onFocus={(e) => e.target.select()} />
      </label>
      <div className="embed-dialog__copy">
        <button type="button" onClick={copyCode}>
          {text.copyCode}
        </button>
        <StatusText message={status === 'copied' ? text.codeCopied : status === 'failed' ? text.codeManual : ''} />
      </div>
    </div>
  );
}
