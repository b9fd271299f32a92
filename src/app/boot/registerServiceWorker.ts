/**
 * Registers the service worker (`sw.js`, written by scripts/site/serviceWorker.mjs) so that a second
 * visit works offline. Production builds only: in development it would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => console.warn(error));
  });
}
