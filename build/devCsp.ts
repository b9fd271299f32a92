import type { Plugin } from 'vite';

/**
 * The development server injects an inline script (React Fast Refresh's preamble) and connects a
 * websocket, both of which index.html's Content-Security-Policy forbids. In `npm run dev` only,
 * the policy is dropped; the built app (and `npm run preview`) keeps it unchanged.
 */
export function devCsp(): Plugin {
  return {
    name: 'dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}
