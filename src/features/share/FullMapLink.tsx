import { memo } from 'react';
import type { Dataset } from '../../core/domain/dataset';
import type { ViewState } from '../../core/domain/params';
import type { Strings } from '../../i18n/strings';
import { fullMapUrl } from '../../core/view/shareLinks';
import './share.css';

type Share = Strings['share'];

/** In an embedded map: a small link to the full app at the same year and country, in a new tab. */
export const FullMapLink = memo(function FullMapLink({ data, state, text }: { data: Dataset; state: ViewState; text: Share }) {
  // Only rendered in the browser (embed mode comes from the address), so reading location here is safe.
  const href = fullMapUrl(window.location.href, state, data);
  return (
    <a className="full-map-link" href={href} target="_blank" rel="noopener noreferrer">
      {text.openFull} <span className="visually-hidden">{text.newTab}</span>
    </a>
  );
});
