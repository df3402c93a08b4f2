// The service worker (served at /sw.js, scope /): keeps the app shell so the app starts and says "offline" without
// a network. The rules (what is kept, what never is) are in shell-cache.js. build.js bundles this file on its own
// and defines SHELL_VERSION (a hash of the shell's files, so each deploy replaces the cache) and SHELL_FILES.
/* global SHELL_VERSION, SHELL_FILES */
import { OFFLINE_PAGE, cacheName, keepable, staleCaches, strategyFor } from './shell-cache.js';

const CACHE = cacheName(SHELL_VERSION);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Without cookies (the offline page is the same for everyone) and revalidated, so an old copy in the HTTP
    // cache cannot slip into a new build's cache.
    await cache.addAll(SHELL_FILES.map((url) => new Request(url, { credentials: 'omit', cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await Promise.all(staleCaches(await caches.keys(), SHELL_VERSION).map((name) => caches.delete(name)));
    await self.clients.claim(); // the page that registered us is controlled at once, not after a reload
  })());
});

self.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, self.location.origin);
  if (strategy === 'static') event.respondWith(cacheFirst(event.request));
  else if (strategy === 'navigate') event.respondWith(networkOrOfflinePage(event.request));
  // anything else is not answered here: the browser fetches it as if there were no worker
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (keepable(response)) await cache.put(request, response.clone()); // a static file: the same for everyone
  return response;
}

async function networkOrOfflinePage(request) {
  try {
    return await fetch(request); // never kept: a page of mail belongs to one person and changes all the time
  } catch (offline) {
    const page = await caches.match(OFFLINE_PAGE, { cacheName: CACHE });
    if (page) return page;
    throw offline;
  }
}
