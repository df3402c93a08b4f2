// The installable app offline, in Debian's Chromium against the demo: the service worker registers and controls the
// page, a navigation without network shows the offline page, and no page of mail is in any Cache Storage cache.
// Run by .ci/browser-checks against the packaged jar in demo mode (BASE_URL).
import assert from 'node:assert/strict';
import { launchChromium } from './bundle-server.mjs';
import { BASE, signIn } from './demo-session.mjs';

const browser = await launchChromium();

try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await signIn(page);
  await page.goto(`${BASE}/mail/INBOX?view=messages`);
  const firstMessage = await page.locator('#message-list tbody tr[data-uid] td.subject a').first().getAttribute('href');

  // Registered from app.js after load; clients.claim() makes it control this very page.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${BASE}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  const shell = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return { names, urls };
  });
  assert.equal(shell.names.length, 1, `one versioned cache: ${shell.names}`);
  assert.match(shell.names[0], /^webmail-shell-[0-9a-f]{16}$/);
  for (const url of ['/offline', '/static/app.js', '/static/app.css', '/static/icons/icon-192.png']) {
    assert.ok(shell.urls.includes(url), `the shell holds ${url}: ${shell.urls}`);
  }
  console.log(`the service worker controls the page; cache ${shell.names[0]} holds ${shell.urls.length} files`);

  // Read a message online (through the worker), then lose the network.
  await page.goto(`${BASE}${firstMessage}`);
  await page.waitForSelector('h1.subject');
  await context.setOffline(true);
  await page.goto(`${BASE}/mail/INBOX?view=messages`);
  await page.waitForSelector('main.offline h1');
  assert.equal((await page.locator('main.offline h1').textContent()).trim(), 'You are offline');
  assert.equal(await page.locator('#message-list').count(), 0, 'no list of mail offline');
  assert.equal(new URL(page.url()).pathname, '/mail/INBOX', 'the address stays what was asked for (Try again reloads it)');
  console.log('offline, a navigation shows the offline page');

  // Nothing of the mail was kept: no page under /mail, no event stream, in any cache.
  const kept = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  const mail = kept.filter((url) => /\/(mail|events|compose|search)(\/|\?|$)/.test(new URL(url).pathname));
  assert.deepEqual(mail, [], 'no mail page in Cache Storage');
  await context.setOffline(false);

  assert.deepEqual(problems, []);
  console.log('the offline journey passes in Chromium');
} finally {
  await browser.close();
}
