// Installs the service worker (service-worker.js, served at /sw.js) once the page has loaded, so it never competes
// with the first paint. Browsers allow workers only in secure contexts: HTTPS, or localhost during development.

export function canUseServiceWorker(win) {
  if (!win?.navigator?.serviceWorker) return false;
  const { protocol, hostname } = win.location;
  return protocol === 'https:' || hostname === 'localhost';
}

export function registerServiceWorker(win) {
  if (!canUseServiceWorker(win)) return Promise.resolve(null);
  const register = () => win.navigator.serviceWorker.register('/sw.js', { scope: '/' })
    .catch((error) => {
      console.warn('The offline page is not available: the service worker did not register.', error);
      return null;
    });
  if (win.document.readyState === 'complete') return register();
  return new Promise((resolve) => win.addEventListener('load', () => resolve(register()), { once: true }));
}
