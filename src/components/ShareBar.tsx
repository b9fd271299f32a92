import { memo } from 'react';
import type { ExportInput } from '../export/makeFile';
import { CopyLink } from './CopyLink';
import { DownloadButtons } from './DownloadButtons';
import { EmbedDialog } from './EmbedDialog';
import './share.css';

/** Sharing, downloads, embedding and printing of the current view; hidden when printed. */
export const ShareBar = memo(function ShareBar(props: Omit<ExportInput, 'pageUrl'>) {
  const { share } = props.strings;
  return (
    <section className="share-bar" aria-label={share.toolbar}>
      <div className="share-bar__row">
        <CopyLink text={share} />
        <EmbedDialog data={props.data} state={props.state} text={share} />
        <button type="button" onClick={() => window.print()}>
          {share.print}
        </button>
      </div>
      <DownloadButtons {...props} />
    </section>
  );
});
