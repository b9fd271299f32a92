import { iframeSnippet, responsiveSnippet, type FrameSpec } from '../../core/view/shareLinks';
import type { Strings } from '../../i18n/strings';
import { SnippetField } from './SnippetField';
import './embedCodes.css';

/**
 * The two codes of the Embed dialog, side by side where there is room: the fixed `<iframe>`, and
 * the responsive one (the page's full width, the same shape). Loaded when the dialog first opens.
 */
export default function EmbedCodes({ frame, text }: { frame: FrameSpec; text: Strings['share'] }) {
  return (
    <div className="embed-dialog__snippets">
      <SnippetField label={text.embedFixed(frame.width, frame.height)} code={iframeSnippet(frame)} text={text} />
      <SnippetField label={text.embedResponsive} code={responsiveSnippet(frame)} text={text} />
    </div>
  );
}
