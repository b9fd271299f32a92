// Writes dist/sw.js from sw.template.js: the files a first visit needs, to cache on install,
// and a version that changes whenever any of them does (so old caches are dropped).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

export function writeServiceWorker(dist) {
  const assets = readdirSync(new URL('assets/', dist)).map((f) => `/assets/${f}`);
  const icons = readdirSync(new URL('icons/', dist)).map((f) => `/icons/${f}`);
  const files = ['/', '/manifest.webmanifest', ...icons, ...assets.sort()];
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(new URL(`.${f === '/' ? '/index.html' : f}`, dist)));
  const template = readFileSync(new URL('sw.template.js', import.meta.url), 'utf8');
  const sw = template.replace('__VERSION__', hash.digest('hex').slice(0, 12)).replace('/* PRECACHE */ []', JSON.stringify(files));
  writeFileSync(new URL('sw.js', dist), sw);
  return files.length;
}
