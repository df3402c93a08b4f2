// Two devices, one mailbox: two Chromium pages (separate browser contexts, so separate sign-ins and cookies) on the
// demo inbox. Mail delivered by SMTP appears on both without a reload; a flag set and a move done on one page show on
// the other. Run by .ci/browser-checks against the packaged jar in demo mode (BASE_URL), in Debian's Chromium.
import assert from 'node:assert/strict';
import { launchChromium } from './bundle-server.mjs';
import { BASE, DEMO_SMTP_PORT, openSession, signIn } from './demo-session.mjs';
import { deliver } from './mail-server.mjs';

const WITHIN = 5000; // the promise: another device sees a change within 5 s

const browser = await launchChromium();

async function device(name) {
  const { page, problems } = await openSession(browser, {}, name);
  await signIn(page);
  await page.goto(`${BASE}/mail/INBOX?view=messages`);
  await page.waitForSelector('#message-list tbody tr[data-uid]');
  return { page, problems };
}

const rowWithSubject = (subject) => `#message-list tbody tr[data-uid]:has(td.subject a:text-is("${subject}"))`;

try {
  const laptop = await device('laptop');
  const phone = await device('phone');
  await phone.page.evaluate(() => { window.notReloaded = true; }); // gone if the page were loaded again
  await new Promise((r) => setTimeout(r, 1500)); // both streams open and the folder watcher in IDLE

  // 1. New mail by SMTP reaches both pages, at the top of the list, and the tab title counts it.
  const subject = `Live check ${Date.now()}`;
  const sentAt = Date.now();
  await deliver({ port: DEMO_SMTP_PORT, to: 'demo@example.test', subject });
  for (const { page } of [laptop, phone]) {
    await page.waitForSelector(rowWithSubject(subject), { timeout: WITHIN });
    const first = await page.locator('#message-list tbody tr[data-uid]').first().locator('td.subject a').textContent();
    assert.equal(first, subject, 'the new message is at the top of the list');
    assert.ok(await page.locator(rowWithSubject(subject)).evaluate((tr) => tr.classList.contains('unseen')));
  }
  console.log(`new mail shown on both pages ${Date.now() - sentAt} ms after SMTP delivery`);

  // 2. A flag set on the laptop (action bar, done in place by the script) shows on the phone.
  const laptopRow = laptop.page.locator(rowWithSubject(subject));
  await laptopRow.locator('input[type=checkbox][name=uid]').check();
  const flaggedAt = Date.now();
  await laptop.page.click('.action-bar button[name=action][value=flag]');
  await laptop.page.waitForSelector(`${rowWithSubject(subject)}.flagged`, { timeout: WITHIN });
  await phone.page.waitForSelector(`${rowWithSubject(subject)}.flagged`, { timeout: WITHIN });
  console.log(`flag shown on the other page ${Date.now() - flaggedAt} ms after the click`);

  // 3. A move to Archive on the laptop takes the row off the phone's list.
  await laptopRow.locator('input[type=checkbox][name=uid]').check();
  await laptop.page.selectOption('.action-bar select[name=target]', 'Archive');
  const movedAt = Date.now();
  await laptop.page.click('.action-bar button[name=action][value=move]');
  await phone.page.waitForSelector(rowWithSubject(subject), { state: 'detached', timeout: WITHIN });
  console.log(`move shown on the other page ${Date.now() - movedAt} ms after the click`);
  assert.equal(await phone.page.evaluate(() => window.notReloaded), true, 'the phone never reloaded');

  assert.deepEqual([...laptop.problems, ...phone.problems], []);
  console.log('live updates reach a second device in Chromium');
} finally {
  await browser.close();
}
