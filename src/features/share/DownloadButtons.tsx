import { useId } from 'react';
import { exportFormats } from './export/formats';
import { useDownloads, type ShareInput } from './useDownloads';
import { StatusText } from './StatusText';

/** One button per download format of the current view, with a status line for slow or failed downloads. */
export function DownloadButtons(props: ShareInput) {
  const { share } = props.strings;
  const { status, download } = useDownloads(props);
  const id = useId();
  return (
    <div className="downloads" role="group" aria-labelledby={id}>
      <span id={id} className="downloads__label">
        {share.downloads}:
      </span>
      {exportFormats.map((format) => (
        <button key={format} type="button" onClick={() => download(format)}>
          {share.formats[format]}
        </button>
      ))}
      <StatusText message={status === 'busy' ? share.preparing : status === 'failed' ? share.downloadFailed : ''} />
    </div>
  );
}
