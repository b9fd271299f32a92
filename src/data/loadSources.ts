import { fillSources } from './sources';

/** Fetches the data's sources (their own chunk, build/dataSources.ts) and fills them in. */
export async function loadSources(): Promise<void> {
  fillSources((await import('virtual:data-sources')).default);
}
