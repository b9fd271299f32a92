import { useCallback, useState } from 'react';
import { loadSources } from '../../data/loadSources';
import { downloadBlob } from './export/download';
import type { ExportFormat } from './export/formats';
import type { ExportInput } from './export/makeFile';

/** Whether a download is being prepared or the last one failed. */
export type DownloadStatus = 'idle' | 'busy' | 'failed';

/** What the share bar's actions work from: the view is read when a button is used, not at every step. */
export interface ShareInput extends Omit<ExportInput, 'pageUrl' | 'state'> {
  now: () => ExportInput['state'];
  /** The address of the view shown (useUrlState's `link`). */
  link: () => string;
}

/** Makes and saves downloads of the view shown when the button is used. */
export function useDownloads({ data, geometry, strings, now, link }: ShareInput) {
  const [status, setStatus] = useState<DownloadStatus>('idle');

  const download = useCallback(
    async (format: ExportFormat) => {
      setStatus('busy');
      const state = now();
      try {
        // The code that makes the files (and the CSV and JSON rows) loads at the first download:
        // the page's first load carries none of it. The data's sources too, should they not have
        // come yet (src/data/sources.ts), so that no file goes out with an empty source; if they
        // cannot come, the file carries those the page has.
        const [{ fileNameOf, makeFile }] = await Promise.all([import('./export/makeFile'), loadSources().catch(() => undefined)]);
        const blob = await makeFile(format, { data, geometry, state, strings, pageUrl: link() });
        downloadBlob(blob, fileNameOf(format, state.year, strings));
        setStatus('idle');
      } catch (error) {
        console.error(error);
        setStatus('failed');
      }
    },
    [data, geometry, strings, now, link],
  );

  return { status, download };
}
