// The hostile mail corpus (src/test/resources/mail/hostile) read in Chromium against the demo, as a person would:
// every message is delivered over SMTP to a fresh reader, the list pages are opened, then every message and every
// attachment. A payload that worked would request the beacon (http://127.0.0.1:18071/<number>/<what>), open a
// dialog or a popup, or make the browser talk to some other origin; any of these fails the journey, naming the file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launchChromium } from './bundle-server.mjs';
import { deliverRaw } from './mail-server.mjs';
import { BASE, DEMO_SMTP_PORT, signIn } from './demo-session.mjs';

const CORPUS = new URL('../../src/test/resources/mail/hostile/', import.meta.url).pathname;
const BEACON_PORT = 18071;
// GreenMail creates an unknown recipient on delivery, with its address as login and password: a reader of our own,
// so the demo user's mailbox that the other journeys read stays as it was.
const address = `hostile-${Date.now().toString(36)}@example.test`;
const READER = { username: address, password: address };

const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort();
const byNumber = new Map(files.map((f) => [f.slice(0, 3), f]));
const failures = [];
const beaconHits = [];
const dialogs = [];
const popups = [];
const foreign = [];
let current = 'the list pages';

// 1. The beacon: records every request, whatever it asks for, and answers with nothing.
const beacon = http.createServer((req, res) => {
  const number = req.url.split('/')[1];
  beaconHits.push(`${byNumber.get(number) ?? current}: ${req.method} ${req.url}`);
  res.writeHead(204).end();
});
await new Promise((resolve, reject) => beacon.once('error', reject).listen(BEACON_PORT, '127.0.0.1', resolve));

const started = Date.now();
const browser = await launchChromium();
let opened = 0;
let downloaded = 0;
let shownAsText = 0;
let remoteShown = 0;
let proxied = 0;
let proxyRefused = 0;
try {
  // 2. Deliver the corpus, in order, on one SMTP connection.
  await deliverRaw({ port: DEMO_SMTP_PORT, from: 'mallory@attacker.example', to: address,
    messages: files.map((f) => fs.readFileSync(path.join(CORPUS, f))) });

  const app = new URL(BASE).origin;
  // Service workers blocked, so that every request the pages make passes the route below.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block', locale: 'en-US' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === app) return route.continue();
    foreign.push(`${current}: ${route.request().method()} ${url.href.slice(0, 200)}`);
    return url.host === `127.0.0.1:${BEACON_PORT}` ? route.continue() : route.abort();
  });
  context.on('page', async (p) => { if (await p.opener()) popups.push(`${current}: ${p.url()}`); });
  const page = await context.newPage();
  page.on('response', (r) => {
    if (!r.url().startsWith(`${app}/remote-content/image`)) return;
    proxied++;
    if (r.status() === 403) proxyRefused++;
  });
  page.on('dialog', (d) => { dialogs.push(`${current}: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => failures.push(`${current}: script error in the app page: ${e.message}`));
  page.on('console', (m) => {
    // The frame's own policy refusing what the mail asked for is the defence working; the app page must stay clean.
    // So is the proxy refusing an image the reader allowed (the corpus's images all point at the loopback beacon).
    const from = m.location().url || '';
    if (m.type() === 'error' && !/\/body(\?|$)/.test(from) && !from.startsWith(`${app}/remote-content/image`)
      && from.startsWith(app)) {
      failures.push(`${current}: console error in the app page: ${m.text()}`);
    }
  });

  // The instruments first: a beacon request and a dialog from a page of our own must be seen, or the run proves nothing.
  await page.setContent(`<img src="http://127.0.0.1:${BEACON_PORT}/000/self-test">`);
  await page.evaluate(() => alert('self-test'));
  await page.waitForTimeout(300);
  assert.ok(beaconHits.length === 1 && foreign.length === 1 && dialogs.length === 1,
    `the beacon, the request log and the dialog log work: ${beaconHits} ${foreign} ${dialogs}`);
  beaconHits.length = 0;
  foreign.length = 0;
  dialogs.length = 0;

  // 3. Sign in as the reader; walk the list pages and find every message by the number its Subject starts with.
  await signIn(page, READER);
  // The message page on its own (with the reading pane each open also lists the folder) and long list pages.
  await page.goto(`${BASE}/settings`);
  await page.fill('#pageSize', '200');
  await page.check('input[name=readingPane][value=off]');
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/settings');
  await page.locator('#pageSize').evaluate((i) => i.form.requestSubmit());
  assert.equal((await saved).status(), 303, 'the settings were saved');
  await page.waitForLoadState('load');
  const uids = new Map();
  for (let n = 1; n <= 50; n++) {
    await page.goto(`${BASE}/mail/INBOX?page=${n}`);
    const rows = await page.$$eval('#message-list tbody tr[data-uid]', (trs) => trs.map((tr) => [tr.dataset.uid,
      tr.querySelector('td.subject a')?.textContent.trim() ?? '']));
    rows.forEach(([uid, subject]) => { if (byNumber.has(subject.slice(0, 3))) uids.set(byNumber.get(subject.slice(0, 3)), uid); });
    if (!(await page.locator('a[rel=next]').count())) break;
  }
  for (const f of files) if (!uids.has(f)) failures.push(`${f}: not in the message list`);

  // 4. Open every message through the webmail (the load event waits for the body frame) and collect attachments.
  const attachments = [];
  for (const f of files) {
    if (!uids.has(f)) continue;
    current = f;
    const response = await page.goto(`${BASE}/mail/INBOX/${uids.get(f)}`);
    if (response.status() !== 200) failures.push(`${f}: the read page answered ${response.status()}`);
    const frame = page.locator('iframe.html-body');
    if (await frame.count()) {
      const sandbox = (await frame.getAttribute('sandbox')) ?? '';
      if (/allow-scripts|allow-same-origin/.test(sandbox) || (await frame.getAttribute('sandbox')) === null) {
        failures.push(`${f}: body frame sandbox "${sandbox}"`);
      }
      await page.frameLocator('iframe.html-body').locator('body').waitFor({ state: 'attached', timeout: 10_000 });
    }
    await page.waitForTimeout(50); // anything timed (refresh, animation) gets a moment to fire
    opened++;
    // Remote content allowed by the reader: it may only come through the webmail's proxy (same origin), and the proxy
    // refuses the beacon's loopback address, so still no beacon hit and no foreign request.
    const show = page.locator('p.remote-blocked a[href*="remote=1"]');
    if (await show.count()) {
      current = `${f} (remote content shown)`;
      await Promise.all([page.waitForURL(/remote=1/), show.click()]);
      await page.frameLocator('iframe.html-body').locator('body').waitFor({ state: 'attached', timeout: 10_000 });
      await page.waitForTimeout(300);
      remoteShown++;
    }
    if (opened % 50 === 0) console.log(`  ${opened} of ${files.length} opened (${Math.round((Date.now() - started) / 1000)} s)`);
    for (const href of await page.$$eval('a[href*="/parts/"]', (as) => as.map((a) => a.getAttribute('href')))) {
      attachments.push([f, href]);
    }
  }

  // 5. Open every attachment URL: it must download, or at most show as plain text; never render as a page.
  const viewer = await context.newPage();
  viewer.on('dialog', (d) => { dialogs.push(`${current}: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
  for (const [f, href] of attachments) {
    current = `${f} ${href}`;
    const download = viewer.waitForEvent('download', { timeout: 5_000 }).catch(() => null);
    await viewer.goto(`${BASE}${href}`).catch(() => {}); // "Download is starting" aborts the navigation
    const file = await download;
    if (file) {
      downloaded++;
      await file.cancel().catch(() => {});
      continue;
    }
    const type = await viewer.evaluate(() => document.contentType).catch(() => 'unknown');
    if (type === 'text/plain') shownAsText++; else failures.push(`${current}: rendered in the browser as ${type}`);
  }
  await page.waitForTimeout(500); // late beacon requests
  await context.close();
} finally {
  await browser.close();
  await new Promise((resolve) => beacon.close(resolve));
}

const problems = [...failures, ...beaconHits.map((h) => `beacon hit: ${h}`), ...dialogs.map((d) => `dialog: ${d}`),
  ...popups.map((p) => `popup: ${p}`), ...foreign.map((r) => `foreign request: ${r}`)];
problems.forEach((p) => console.error(p));
console.log(`  ${Math.round((Date.now() - started) / 1000)} s; attachments shown as plain text instead of downloaded: ${shownAsText}`);
console.log(`hostile corpus: ${opened} messages opened, ${beaconHits.length} beacon hits, ${dialogs.length} dialogs, `
  + `${foreign.length} foreign requests, ${downloaded} attachments downloaded; remote content shown on ${remoteShown} `
  + `messages: ${proxied} images asked of the webmail's proxy (${proxyRefused} refused: `
  + `loopback), ${foreign.length} of their senders`);
assert.equal(opened, files.length, 'every corpus message was opened');
assert.deepEqual(problems, [], 'the hostile corpus did no harm');
