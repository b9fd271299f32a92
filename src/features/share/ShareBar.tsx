import { memo } from 'react';
import type { ShareInput } from './useDownloads';
import { CopyLink } from './CopyLink';
import { DownloadButtons } from './DownloadButtons';
import { EmbedDialog } from './EmbedDialog';
import './share.css';

/**
 * Sharing, downloads, embedding and printing of the current view; hidden when printed. Its actions
 * read the view when used (`now`, `link`), so its props stay the same and a slider step skips it.
 */
export const ShareBar = memo(function ShareBar(props: ShareInput) {
  const { share } = props.strings;
  const { data, now, link } = props;
  return (
    <section className="share-bar" aria-label={share.toolbar}>
      <div className="share-bar__row">
        <CopyLink text={share} address={link} />
        <EmbedDialog data={data} now={now} text={share} />
        <button type="button" onClick={() => window.print()}>
          {share.print}
        </button>
      </div>
      <DownloadButtons {...props} />
    </section>
  );
});
