// Moving around the mailbox in Debian's Chromium against the demo jar (BASE_URL), at three sizes of the same URLs:
// - desktop: a message opens from the list into the reading pane without a page load, the list pages on, and the
//   browser's back and forward buttons swap the pages back in place with the address bar following;
// - phone (390x844): one pane at a time, the folder tree behind a "Folders" control, the open message alone with an
//   action bar in view and a way back, touch targets of at least 44 px;
// - without JavaScript: the same links are plain pages.
// Also: the dark palette applies when the device asks for it (the demo user's theme follows the system).
import assert from 'node:assert/strict';
import { launchChromium } from './bundle-server.mjs';
import { BASE, openSession, signIn } from './demo-session.mjs';

const browser = await launchChromium();

async function signedIn(name, options = {}) {
  const { context, page, problems } = await openSession(browser, options, name);
  await signIn(page);
  await page.goto(`${BASE}/mail/INBOX`);
  if (await page.locator('main.list.conversations').count()) { // another journey chose conversations: back to messages
    await Promise.all([page.waitForNavigation(), page.click('.view-toggle button[value=messages]')]);
  }
  await page.waitForSelector('#message-list tbody tr[data-uid]');
  return { page, problems, context };
}

const path = (page) => { const u = new URL(page.url()); return u.pathname + u.search; };
const notReloaded = (page) => page.evaluate(() => window.sameDocument === true);

try {
  // --- Desktop: three panes, in-place navigation, history.
  const desktop = await signedIn('desktop', { viewport: { width: 1280, height: 800 } });
  let { page } = desktop;
  await page.goto(`${BASE}/mail/INBOX`);
  await page.evaluate(() => { window.sameDocument = true; }); // gone if the page were loaded again
  const first = page.locator('main.list #message-list tbody tr[data-uid]').first();
  const uid = await first.getAttribute('data-uid');
  await first.locator('td.subject a').click();
  await page.waitForSelector(`main.read[data-uid="${uid}"]`);
  assert.equal(path(page), `/mail/INBOX/${uid}`, 'the address bar names the message');
  assert.ok(await notReloaded(page), 'opened in place, no page load');
  assert.equal(await page.locator('.list-pane tr[aria-current="true"]').getAttribute('data-uid'), uid, 'open row marked');
  const list = await page.locator('.list-pane').boundingBox();
  const reading = await page.locator('main.read').boundingBox();
  const folders = await page.locator('nav.folders').boundingBox();
  assert.ok(folders.x < list.x && list.x < reading.x && reading.width > 300, 'folders, list and reading pane side by side');
  assert.ok(await page.evaluate(() => document.activeElement?.matches('main.read h1')), 'focus on the message heading');
  assert.match(await page.locator('#live-status').textContent(), /\S/, 'the swap is announced');
  const title = await page.title();
  assert.ok(!title.startsWith('INBOX'), `the title names the message: ${title}`);

  await page.click('.list-pane a[rel=next]');
  await page.waitForSelector('main.list[data-page="2"]');
  assert.equal(path(page), '/mail/INBOX?page=2');
  const secondPageRow = await page.locator('main.list #message-list tbody tr[data-uid] td.subject a').first().getAttribute('href');
  assert.match(secondPageRow, /\?page=2$/, 'rows of page 2 open with their list page');

  await page.goBack();
  await page.waitForSelector(`main.read[data-uid="${uid}"]`);
  assert.equal(path(page), `/mail/INBOX/${uid}`, 'back: the message again');
  await page.goBack();
  await page.waitForSelector('main.list[data-page="1"]');
  assert.equal(path(page), '/mail/INBOX');
  await page.goForward();
  await page.waitForSelector(`main.read[data-uid="${uid}"]`);
  assert.ok(await notReloaded(page), 'back and forward swapped in place');

  await page.click('nav.folders a[href="/mail/Sent"]');
  await page.waitForSelector('main.list[data-folder="Sent"]');
  assert.equal(path(page), '/mail/Sent');
  assert.equal(await page.locator('nav.folders a[aria-current="page"]').getAttribute('href'), '/mail/Sent');
  assert.ok(await notReloaded(page), 'folder opened in place');
  await page.click('a.write');
  await page.waitForURL(/\/compose/);
  assert.equal(await notReloaded(page), false, 'other pages load as pages');
  console.log('desktop: reading pane, paging, back/forward and folders without a page load');

  // The demo user follows the system's theme (unless a journey changed it): a dark device gets the dark palette.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${BASE}/mail/INBOX`);
  const theme = await page.getAttribute('html', 'data-theme');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if (theme === 'system') {
    assert.equal(await background(), 'rgb(22, 24, 28)', 'dark background on a dark device');
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal(await background(), 'rgb(255, 255, 255)', 'light background on a light device');
  } else {
    assert.equal(await background(), theme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)', `the ${theme} theme`);
  }
  assert.deepEqual(desktop.problems, []);
  await desktop.context.close();

  // --- Phone: one pane at a time.
  const phone = await signedIn('phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  ({ page } = phone);
  await page.goto(`${BASE}/mail/INBOX`);
  assert.ok(await page.locator('main.list').isVisible(), 'the list');
  assert.equal(await page.locator('nav.folders').isVisible(), false, 'the folder tree waits behind its control');
  const control = page.locator('.folders-control a');
  assert.ok(await control.isVisible(), 'a visible Folders control');
  await control.click();
  await page.waitForSelector('nav.folders', { state: 'visible' });
  const folderLink = await page.locator('nav.folders a[href="/mail/INBOX"]').boundingBox();
  assert.ok(folderLink.height >= 44, `folder links are touch-sized (${folderLink.height})`);
  await page.goBack();
  const row = page.locator('main.list #message-list tbody tr[data-uid]').first();
  const phoneUid = await row.getAttribute('data-uid');
  const rowLink = await row.locator('td.subject a').boundingBox();
  assert.ok(rowLink.height >= 44, `list rows are touch-sized (${rowLink.height})`);
  await row.locator('td.subject a').tap();
  await page.waitForSelector(`main.read[data-uid="${phoneUid}"]`);
  assert.equal(await page.locator('.list-pane').isVisible(), false, 'only the message');
  assert.equal(await page.locator('nav.folders').isVisible(), false);
  const bar = await page.locator('main.read .action-bar').boundingBox();
  assert.ok(bar && bar.y >= 0 && bar.y + bar.height <= 844, 'the action bar is in view');
  const button = await page.locator('main.read .action-bar button').first().boundingBox();
  assert.ok(button.height >= 44, `action buttons are touch-sized (${button.height})`);
  const back = page.locator('main.read p.back a');
  assert.ok(await back.isVisible(), 'a way back to the list');
  assert.ok((await back.boundingBox()).height >= 44);
  await page.screenshot({ path: '../target/browser-check-navigation-phone-message.png' }).catch(() => {});
  await back.tap();
  await page.waitForSelector('main.list');
  assert.ok(await page.locator('main.list').isVisible());
  assert.equal(path(page), '/mail/INBOX');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `nothing wider than the phone (${overflow}px)`);
  assert.deepEqual(phone.problems, []);
  await phone.context.close();
  console.log('phone: one pane at a time, Folders control, action bar in view, touch-sized targets');

  // --- Tablet: two panes, folders + list, then list + message.
  const tablet = await signedIn('tablet', { viewport: { width: 820, height: 1180 } });
  ({ page } = tablet);
  await page.goto(`${BASE}/mail/INBOX`);
  assert.ok(await page.locator('nav.folders').isVisible() && await page.locator('main.list').isVisible(), 'folders and list');
  assert.equal(await page.locator('.reading-empty').isVisible(), false);
  const tabletRow = page.locator('main.list #message-list tbody tr[data-uid]').first();
  const tabletUid = await tabletRow.getAttribute('data-uid');
  await tabletRow.locator('td.subject a').click();
  await page.waitForSelector(`main.read[data-uid="${tabletUid}"]`);
  if (await page.getAttribute('html', 'data-reading-pane') === 'right') {
    const [paneList, message] = [await page.locator('.list-pane').boundingBox(), await page.locator('main.read').boundingBox()];
    assert.ok(paneList.x < message.x && paneList.width > 200, 'list and message side by side');
    assert.equal(await page.locator('nav.folders').isVisible(), false, 'the folders behind their control');
    assert.ok(await page.locator('.folders-control a').isVisible());
  }
  assert.deepEqual(tablet.problems, []);
  await tablet.context.close();
  console.log('tablet: two panes');

  // --- Without JavaScript the same links are pages.
  const plain = await signedIn('no-js', { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  ({ page } = plain);
  await page.goto(`${BASE}/mail/INBOX`);
  const plainRow = page.locator('main.list #message-list tbody tr[data-uid]').first();
  const plainUid = await plainRow.getAttribute('data-uid');
  await Promise.all([page.waitForURL(`**/mail/INBOX/${plainUid}`), plainRow.locator('td.subject a').click()]);
  assert.equal(await page.locator('.list-pane tr[aria-current="true"]').getAttribute('data-uid'), plainUid);
  await Promise.all([page.waitForURL('**/mail/INBOX?page=2'), page.click('.list-pane a[rel=next]')]);
  assert.equal(await page.locator('main.list').getAttribute('data-page'), '2');
  await page.goBack();
  await page.waitForURL(`**/mail/INBOX/${plainUid}`);
  assert.ok(await page.locator(`main.read[data-uid="${plainUid}"]`).isVisible());
  assert.deepEqual(plain.problems, []);
  await plain.context.close();
  console.log('without JavaScript: the same links work as pages');
} finally {
  await browser.close();
}
