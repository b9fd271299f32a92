import { useEffect, useState, type ComponentProps } from 'react';

type Chunk = typeof import('./UnitDetails');
let loaded: Chunk | undefined;

/**
 * Fetches the details' chunk (the browser keeps it once fetched). The app's start awaits it when
 * the address opens a unit, so that the details then render at once, with no second pass.
 */
export function loadUnitDetails(): Promise<Chunk> {
  return import('./UnitDetails').then((chunk) => (loaded = chunk));
}

/**
 * The open unit's details, from a chunk of their own (out of the first load): at once if it is
 * loaded, else once it arrives (nothing shows meanwhile; a failed fetch is tried again at the next
 * opening).
 */
export function UnitDetails(props: ComponentProps<Chunk['default']>) {
  const [chunk, setChunk] = useState(() => loaded);
  useEffect(() => {
    if (chunk) return;
    let live = true;
    loadUnitDetails().then(
      (arrived) => live && setChunk(arrived),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [chunk]);
  return chunk ? <chunk.default {...props} /> : null;
}
