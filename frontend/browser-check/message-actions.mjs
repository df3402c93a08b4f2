// Drives the built bundle in a real Chromium under the application's Content-Security-Policy on a folder-list-like
// page: tick rows, press an action (posted with fetch, the CSRF header and the pressed button's value), rows updated
// in place, the notice in the status region; select all; a row dragged onto a folder of the tree is moved there.
// Run `CHROMIUM_PATH=/path/to/chromium node browser-check/message-actions.mjs` after a build.
import assert from 'node:assert/strict';
import { serveBundle, launchChromium } from './bundle-server.mjs';

const row = (uid, subject, cls) => `<tr class="${cls}" data-uid="${uid}" data-folder="INBOX" draggable="true">
  <td class="select"><input type="checkbox" name="uid" value="${uid}" aria-label="Select: ${subject}"></td><td class="from">Bob</td>
  <td class="subject"><a href="/mail/INBOX/${uid}">${subject}</a>${cls.includes('unseen') ? ' <span class="badge unread-mark">unread</span>' : ''}</td></tr>`;
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/static/app.css"><script type="module" src="/static/app.js"></script></head><body>
<p class="flash" role="status" aria-live="polite" data-notice></p>
<div class="mailbox"><nav class="folders"><ul><li><a href="/mail/INBOX">INBOX</a></li><li><a href="/mail/Projects/2026%20Q1">2026 Q1</a></li></ul></nav>
<main class="list"><form method="post" action="/mail/INBOX/actions" class="message-actions" data-message-actions data-text-unread="unread" data-text-drag-failed="The messages could not be moved; try the Move button.">
<input type="hidden" name="csrf" value="tok"><input type="hidden" name="back" value="/mail/INBOX">
<div class="action-bar"><button type="submit" name="action" value="read">Mark read</button><button type="submit" name="action" value="archive">Archive</button></div>
<p class="select-all"><a href="/mail/INBOX?page=1&amp;select=all" data-select-all data-select-all-text="Select all on this page" data-clear-selection-text="Clear the selection">Select all on this page</a></p>
<table class="messages"><tbody>${row(7, 'Seven', 'unseen')}${row(8, 'Eight', 'unseen')}${row(9, 'Nine', '')}</tbody></table>
</form></main></div></body></html>`;
const posts = [];
const { base, server } = await serveBundle(PAGE, (req, res, body) => {
  if (req.method !== 'POST') return false;
  posts.push({ headers: req.headers, body: new URLSearchParams(body) });
  const form = posts.at(-1).body;
  const uids = form.getAll('uid').map(Number);
  const action = form.get('action');
  const removed = action !== 'read';
  const notice = `${uids.length} messages ${removed ? `moved to ${form.get('target') || 'Archive'}` : 'marked as read'}.`;
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ done: uids.length, action, uids, missing: [], notice, problem: false, confirm: false, removed }));
  return true;
});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror ' + e.message));
  await page.goto(base + '/');
  await page.waitForLoadState('networkidle');

  await page.check('input[value="7"]');
  await page.check('input[value="8"]');
  await page.click('button[value="read"]');
  await page.waitForFunction(() => document.querySelector('[data-notice]').textContent !== '');
  assert.equal(page.url(), base + '/', 'no page load');
  assert.equal(await page.textContent('[data-notice]'), '2 messages marked as read.');
  const read = posts[0];
  assert.equal(read.headers['x-requested-with'], 'fetch');
  assert.equal(read.headers['x-csrf-token'], 'tok');
  assert.deepEqual(read.body.getAll('uid'), ['7', '8']);
  assert.equal(read.body.get('action'), 'read');
  assert.equal(await page.locator('tr[data-uid="7"].unseen').count(), 0);
  assert.equal(await page.locator('tr[data-uid="7"] .unread-mark').count(), 0);

  await page.click('[data-select-all]');
  assert.equal(page.url(), base + '/');
  assert.equal(await page.locator('input[name="uid"]:checked').count(), 3);
  assert.equal(await page.textContent('[data-select-all]'), 'Clear the selection'); // the page's words, not the script's
  await page.click('[data-select-all]');
  assert.equal(await page.locator('input[name="uid"]:checked').count(), 0);

  await page.check('input[value="8"]');
  await page.check('input[value="9"]');
  await page.dragAndDrop('tr[data-uid="9"] td.from', 'nav.folders a[href="/mail/Projects/2026%20Q1"]');
  await page.waitForFunction(() => !document.querySelector('tr[data-uid="9"]'));
  const moved = posts[1].body;
  assert.deepEqual(moved.getAll('uid'), ['8', '9']);
  assert.equal(moved.get('action'), 'move');
  assert.equal(moved.get('target'), 'Projects/2026 Q1');
  assert.equal(await page.locator('tr[data-uid]').count(), 1);
  assert.equal(await page.textContent('[data-notice]'), '2 messages moved to Projects/2026 Q1.');
  assert.deepEqual(problems, []);
  console.log('message actions work in Chromium under the CSP');
} finally {
  await browser.close();
  server.close();
}
