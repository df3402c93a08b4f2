// The keyboard journey: Gmail's keys on the demo inbox in Debian's Chromium, as a person presses them. j j o opens
// the second message, u comes back with the cursor on it, s flags it, e archives it, c writes, a "j" typed in the
// subject is a letter and not a shortcut, / goes to the search box, ? shows the list, g i goes to the inbox.
// Run by .ci/browser-checks against the packaged jar in demo mode (BASE_URL).
import assert from 'node:assert/strict';
import { launchChromium } from './bundle-server.mjs';
import { BASE, openSession, signIn } from './demo-session.mjs';

const browser = await launchChromium();

try {
  const { page, problems } = await openSession(browser);
  await signIn(page);
  await page.goto(`${BASE}/mail/INBOX?view=messages`);
  await page.waitForSelector('#message-list tbody tr[data-uid]');

  const rows = page.locator('#message-list tbody tr[data-uid]');
  const second = { uid: await rows.nth(1).getAttribute('data-uid'), subject: await rows.nth(1).locator('td.subject a').textContent() };
  const third = await rows.nth(2).getAttribute('data-uid');
  const cursor = () => page.locator('#message-list tbody tr[aria-current="true"]').getAttribute('data-uid');
  const pathname = () => new URL(page.url()).pathname;

  // j j: the cursor on the second row, which has focus; o opens it.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await cursor(), second.uid, 'j j puts the cursor on the second message');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.uid), second.uid, 'and moves focus to it');
  await Promise.all([page.waitForURL(`**/mail/INBOX/${second.uid}`), page.keyboard.press('o')]);
  assert.equal((await page.locator('h1.subject').textContent()).trim(), second.subject.trim());
  console.log(`j j o opened "${second.subject}"`);

  // On a message page j and k go on through the list it was opened from.
  await Promise.all([page.waitForURL(`**/mail/INBOX/${third}`), page.keyboard.press('j')]);
  await Promise.all([page.waitForURL(`**/mail/INBOX/${second.uid}`), page.keyboard.press('k')]);

  // u: back to the list, the cursor where it was.
  await Promise.all([page.waitForURL((url) => url.pathname === '/mail/INBOX'), page.keyboard.press('u')]);
  await page.waitForSelector('#message-list tbody tr[data-uid]');
  assert.equal(await cursor(), second.uid, 'back on the list, the cursor is on the message just read');

  // s: flagged through the action bar's own post; the row shows it without a reload.
  const row = page.locator(`#message-list tbody tr[data-uid="${second.uid}"]`);
  const wasFlagged = await row.evaluate((tr) => tr.classList.contains('flagged'));
  await page.keyboard.press('s');
  await page.waitForFunction(([uid, before]) => document.querySelector(`tr[data-uid="${uid}"]`)?.classList.contains('flagged') !== before,
    [second.uid, wasFlagged], { timeout: 5000 });
  if (!wasFlagged) assert.equal(await row.locator('.flag-mark').count(), 1, 'the star shows in the list');
  console.log(`s ${wasFlagged ? 'unflagged' : 'flagged'} it`);

  // e: archived, the row leaves the list.
  await page.keyboard.press('e');
  await page.waitForSelector(`#message-list tbody tr[data-uid="${second.uid}"]`, { state: 'detached', timeout: 5000 });
  assert.match(await page.locator('[data-notice]').textContent(), /\S/, 'the page says what happened');
  console.log('e archived it');

  // c: compose; a j typed in the subject is a j.
  await Promise.all([page.waitForURL('**/compose'), page.keyboard.press('c')]);
  await page.click('#subject');
  await page.keyboard.type('jk');
  assert.equal(await page.inputValue('#subject'), 'jk', 'letters typed into a field stay letters');
  assert.equal(pathname(), '/compose', 'and do not navigate');

  // /: the search box, with nothing typed into it.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q');
  assert.equal(await page.inputValue('#search-q'), '');

  // ?: the list of shortcuts; Esc closes it.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('?');
  await page.waitForSelector('#keyboard-help', { state: 'visible' });
  assert.match(await page.locator('#keyboard-help').textContent(), /Keyboard shortcuts/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('#keyboard-help', { state: 'hidden' });

  // g i: the inbox.
  await Promise.all([page.waitForURL((url) => url.pathname === '/mail/INBOX'), (async () => {
    await page.keyboard.press('g');
    await page.keyboard.press('i');
  })()]);
  await page.waitForSelector('#message-list tbody tr[data-uid]');

  assert.deepEqual(problems, []);
  console.log('the keyboard journey passes in Chromium');
} finally {
  await browser.close();
}
