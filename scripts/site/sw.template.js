/* global self, caches */
// The service worker (dist/sw.js; scripts/site/serviceWorker.mjs fills in VERSION and PRECACHE).
// Same origin only. Pages: network first, so a deploy shows at once, with the cached copy when
// offline. Hashed assets and the map data: cache first, as their names change with their bytes.
const VERSION = '__VERSION__';
const PRECACHE = /* PRECACHE */ [];
const CACHE = `nato-map-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('nato-map-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (url.pathname.startsWith('/assets/') || PRECACHE.includes(url.pathname)) event.respondWith(asset(request));
});

// The page from the network, kept for next time; offline, the copy of this page or else the
// home page (the app then draws the year the address asks for).
async function page(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(url.pathname, { ignoreVary: true })) ?? (await cache.match('/', { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: hosts send Vary (Origin, Accept-Encoding) that would miss the precached copies.
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
