import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheName, keepable, staleCaches, strategyFor } from '../src/shell-cache.js';

const ORIGIN = 'https://mail.example.org';
const get = (path, mode = 'no-cors') => ({ method: 'GET', url: ORIGIN + path, mode });

test('our static files are answered from the cache, navigations from the network with the offline page behind', () => {
  assert.equal(strategyFor(get('/static/app.js'), ORIGIN), 'static');
  assert.equal(strategyFor(get('/static/chunks/squire-editor-ABC.js'), ORIGIN), 'static');
  assert.equal(strategyFor(get('/mail/INBOX', 'navigate'), ORIGIN), 'navigate');
  assert.equal(strategyFor(get('/compose', 'navigate'), ORIGIN), 'navigate');
});

test('mail, the event stream, posts and other origins are never handled, so never kept', () => {
  for (const path of ['/mail/INBOX', '/mail/INBOX/7', '/mail/INBOX/7/body', '/mail/INBOX/7/parts/2', '/events?folder=INBOX',
    '/search?q=x', '/compose', '/contacts?q=a', '/sw.js', '/manifest.webmanifest']) {
    assert.equal(strategyFor(get(path, 'cors'), ORIGIN), null, path);
  }
  assert.equal(strategyFor({ method: 'POST', url: `${ORIGIN}/mail/INBOX/actions`, mode: 'navigate' }, ORIGIN), null);
  assert.equal(strategyFor({ method: 'POST', url: `${ORIGIN}/static/app.js`, mode: 'cors' }, ORIGIN), null);
  assert.equal(strategyFor({ method: 'GET', url: 'https://cdn.example.net/static/app.js', mode: 'cors' }, ORIGIN), null);
});

test('only complete same-origin answers are kept', () => {
  assert.equal(keepable({ status: 200, type: 'basic' }), true);
  assert.equal(keepable({ status: 404, type: 'basic' }), false);
  assert.equal(keepable({ status: 206, type: 'basic' }), false);
  assert.equal(keepable({ status: 0, type: 'opaqueredirect' }), false);
});

test('a new build drops the caches of earlier builds and nothing else', () => {
  assert.equal(cacheName('abc'), 'webmail-shell-abc');
  assert.deepEqual(staleCaches(['webmail-shell-old', 'webmail-shell-abc', 'someone-else'], 'abc'), ['webmail-shell-old']);
});
