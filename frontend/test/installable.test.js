import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canUseServiceWorker, registerServiceWorker } from '../src/installable.js';

function windowAt(href, { loaded = true } = {}) {
  const registered = [];
  const listeners = {};
  const url = new URL(href);
  return {
    registered,
    location: { protocol: url.protocol, hostname: url.hostname },
    document: { readyState: loaded ? 'complete' : 'interactive' },
    navigator: { serviceWorker: { register: async (script, options) => { registered.push([script, options]); return {}; } } },
    addEventListener: (type, listener) => { listeners[type] = listener; },
    fire: (type) => listeners[type]?.(),
  };
}

test('the worker is registered at the root, for the whole app, from HTTPS or localhost only', async () => {
  const secure = windowAt('https://mail.example.org/mail/INBOX');
  await registerServiceWorker(secure);
  assert.deepEqual(secure.registered, [['/sw.js', { scope: '/' }]]);
  assert.equal(canUseServiceWorker(windowAt('http://localhost:8080/')), true);
  const plain = windowAt('http://mail.example.org/');
  assert.equal(await registerServiceWorker(plain), null);
  assert.deepEqual(plain.registered, []);
  assert.equal(canUseServiceWorker({ location: { protocol: 'https:' }, navigator: {} }), false, 'a browser without workers');
});

test('registration waits for the load event, so it never competes with the first paint', async () => {
  const win = windowAt('https://mail.example.org/', { loaded: false });
  const done = registerServiceWorker(win);
  assert.deepEqual(win.registered, []);
  win.fire('load');
  await done;
  assert.equal(win.registered.length, 1);
});
