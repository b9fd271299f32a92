import { useCallback, useState } from 'react';
import { downloadBlob } from '../export/download';
import { makeFile, type ExportFormat, type ExportInput } from '../export/makeFile';

/** Whether a download is being prepared or the last one failed. */
export type DownloadStatus = 'idle' | 'busy' | 'failed';

/** Makes and saves downloads of the current view; `input` without the page address, read at click time. */
export function useDownloads(input: Omit<ExportInput, 'pageUrl'>) {
  const [status, setStatus] = useState<DownloadStatus>('idle');
  const { data, geometry, state, strings } = input;

  const download = useCallback(
    async (format: ExportFormat) => {
      setStatus('busy');
      try {
        const blob = await makeFile(format, { data, geometry, state, strings, pageUrl: window.location.href });
        downloadBlob(blob, strings.share.fileName(state.year, format));
        setStatus('idle');
      } catch (error) {
        console.error(error);
        setStatus('failed');
      }
    },
    [data, geometry, state, strings],
  );

  return { status, download };
}
