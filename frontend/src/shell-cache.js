// What the service worker may keep and how it answers: the rules on their own, so a node test can hold them.
// The app shell (our static files and the offline page) is kept; mail never is. Every page under /mail, the event
// stream, compose, search and every POST answer differently for each signed-in person, so they always go to the
// network, and when it is gone a navigation gets the offline page, which holds no mail.

export const CACHE_PREFIX = 'webmail-shell-';
export const OFFLINE_PAGE = '/offline';

/** The one cache of this build: a new deploy has a new version, so its worker starts a fresh cache. */
export const cacheName = (version) => CACHE_PREFIX + version;

/** Caches of earlier builds, to delete once this build's worker takes over. */
export const staleCaches = (names, version) => names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(version));

/**
 * How the worker answers a request: 'static' (our files under /static/: from the cache, else the network, then
 * kept), 'navigate' (always the network; the offline page when it fails) or null (not at all: the browser's own way).
 */
export function strategyFor(request, origin) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== origin) return null;
  if (request.mode === 'navigate') return 'navigate';
  if (url.pathname.startsWith('/static/')) return 'static';
  return null;
}

/** Only a complete, same-origin answer may be kept (no errors, no redirects, no partial content). */
export const keepable = (response) => response.status === 200 && response.type === 'basic';
