// The phone journey: a 390x844 touch screen (an iPhone-sized viewport) against the demo. Sign in; the list reads
// without scrolling sideways; open a message by tapping it; its main actions are on screen and big enough to tap
// (44 CSS px, WCAG 2.5.5 and Apple's guideline); compose is one tap away and fits too. Every check runs and the
// failures are listed together at the end, so one run shows everything a phone user would trip over.
import assert from 'node:assert/strict';
import { launchChromium } from './bundle-server.mjs';
import { BASE, PHONE, openSession, signIn } from './demo-session.mjs';

const TAP = 44;
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };

/** The page does not scroll sideways (the document is no wider than the screen). */
async function fitsWidth(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth,
  }));
  check(scrollWidth <= innerWidth, `${where}: the page scrolls sideways (${scrollWidth} px wide on a ${innerWidth} px screen)`);
}

/** The control is shown, lies within the screen's width and is at least 44x44 CSS px. */
async function tappable(page, locator, what) {
  const target = locator.first();
  if (!(await target.count()) || !(await target.isVisible())) { check(false, `${what}: not visible`); return; }
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  check(box.x >= 0 && box.x + box.width <= width + 0.5, `${what}: off screen sideways (x ${Math.round(box.x)}..${Math.round(box.x + box.width)} of ${width})`);
  check(box.width >= TAP && box.height >= TAP, `${what}: ${Math.round(box.width)}x${Math.round(box.height)} px, under ${TAP}x${TAP}`);
}

const browser = await launchChromium();
try {
  const { page, problems } = await openSession(browser, PHONE, 'phone');

  // 1. Sign in (the form itself must fit and its button be tappable).
  await page.goto(`${BASE}/login`);
  await fitsWidth(page, 'sign-in');
  await tappable(page, page.locator('main button[type=submit]'), 'sign-in: the Sign in button');
  await signIn(page);

  // 2. The list: rows shown, readable without scrolling sideways, each row a big enough target, compose reachable.
  await page.waitForSelector('#message-list tbody tr[data-uid]');
  assert.ok(await page.locator('#message-list tbody tr[data-uid] td.subject a').first().isVisible(), 'a subject is shown');
  await fitsWidth(page, 'list');
  await tappable(page, page.locator('#message-list tbody tr[data-uid] td.subject a'), 'list: a message\'s link');
  await tappable(page, page.getByRole('link', { name: 'Write', exact: true }), 'list: Write (compose)');

  // 3. Open a message by tapping it: its page, readable, with Reply, Reply all, Forward, Archive, Delete and the way back.
  const subject = (await page.locator('#message-list tbody tr[data-uid] td.subject a').first().textContent()).trim();
  await Promise.all([page.waitForURL(/\/mail\/INBOX\/\d+$/), page.locator('#message-list tbody tr[data-uid] td.subject a').first().tap()]);
  assert.equal((await page.locator('article.message h1').textContent()).trim(), subject);
  await fitsWidth(page, 'message');
  for (const name of ['Reply', 'Reply all', 'Forward']) {
    await tappable(page, page.getByRole('link', { name, exact: true }), `message: ${name}`);
  }
  for (const name of ['Archive', 'Delete']) {
    await tappable(page, page.getByRole('button', { name, exact: true }), `message: ${name}`);
  }
  await tappable(page, page.locator('main.read .back a'), 'message: back to the list');

  // 4. Compose by tapping Reply: the form fits, To and Subject shown, Send tappable.
  await Promise.all([page.waitForURL(/\/compose\?reply=/), page.getByRole('link', { name: 'Reply', exact: true }).tap()]);
  await fitsWidth(page, 'compose');
  assert.ok(await page.locator('#to').isVisible() && await page.locator('#subject').isVisible(), 'To and Subject are shown');
  await tappable(page, page.getByRole('button', { name: 'Send', exact: true }), 'compose: Send');

  assert.deepEqual(problems, []);
  if (failures.length) {
    console.error(`phone journey: ${failures.length} problem(s) a phone user meets:\n  - ${failures.join('\n  - ')}`);
    process.exitCode = 1;
  } else {
    console.log('phone journey: list, message and compose fit a 390 px touch screen with 44 px targets');
  }
} finally {
  await browser.close();
}
