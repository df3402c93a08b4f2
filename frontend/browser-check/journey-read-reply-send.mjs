// The everyday journey, as a person does it in Chromium against the demo: sign in, the inbox list shows, open a
// message, Reply, write a line, Send, the delivery notice shows, and the reply is in the Sent folder. A message with
// a subject of its own is delivered by SMTP first (as another sender would), so the journey knows what to look for.
import assert from 'node:assert/strict';
import { launchChromium } from './bundle-server.mjs';
import { deliver } from './mail-server.mjs';
import { BASE, DEMO_SMTP_PORT, openSession, signIn } from './demo-session.mjs';

const subject = `Lunch on Friday? ${Date.now()}`;
const replyLine = `Friday works for me (${Date.now()}).`;
const rowWithSubject = (s) => `#message-list tbody tr[data-uid]:has(td.subject a:text-is("${s}"))`;

const browser = await launchChromium();
try {
  await deliver({ port: DEMO_SMTP_PORT, to: 'demo@example.test', subject, body: 'Shall we have lunch on Friday?' });
  const { page, problems } = await openSession(browser, {}, 'desktop');

  // 1. Sign in: the inbox list shows, with the new message in it.
  await signIn(page);
  assert.match(page.url(), /\/mail\/INBOX$/);
  await page.waitForSelector('#message-list tbody tr[data-uid]');
  assert.equal(await page.locator('main h1').textContent(), 'INBOX');
  await page.waitForSelector(rowWithSubject(subject));

  // 2. Open it: its own URL, its subject as the heading, its text.
  await Promise.all([page.waitForURL(/\/mail\/INBOX\/\d+$/), page.click(`${rowWithSubject(subject)} td.subject a`)]);
  assert.equal((await page.locator('article.message h1').textContent()).trim(), subject);
  assert.match(await page.locator('article.message').innerText(), /Shall we have lunch on Friday\?/);

  // 3. Reply: the compose page is addressed to the sender, with "Re:" before the subject.
  await Promise.all([page.waitForURL(/\/compose\?reply=/), page.getByRole('link', { name: 'Reply', exact: true }).click()]);
  assert.equal(await page.inputValue('#subject'), `Re: ${subject}`);
  assert.match(await page.inputValue('#to'), /ann@example\.test/);

  // 4. Write a line at the top (the rich-text editor if it loaded, else the plain text box) and Send.
  const editor = page.locator('.editor[contenteditable=true]');
  await editor.or(page.locator('textarea#body:visible')).first().waitFor();
  if (await editor.count()) {
    await editor.click();
    await page.keyboard.press('Control+Home');
  } else {
    await page.click('textarea#body');
    await page.keyboard.press('Control+Home');
  }
  await page.keyboard.type(`${replyLine}\n`);
  await Promise.all([page.waitForURL(/\/outbox\/\d+/), page.getByRole('button', { name: 'Send', exact: true }).click()]);

  // 5. The delivery notice: the page says it was sent, about this reply.
  await page.waitForFunction(() => /\bSent\b/.test(document.querySelector('main')?.innerText || ''), null, { timeout: 15_000 });
  assert.equal((await page.locator('main h1').textContent()).trim(), `Re: ${subject}`);
  const notice = (await page.locator('main [role=status]').innerText()).trim();
  assert.match(notice, /Sent/, `the delivery notice says the reply was sent, not "${notice}"`);

  // 6. The reply is in Sent: open the Sent folder from the folder list and find it by subject, with the text written.
  await page.goto(`${BASE}/mail/INBOX`);
  await Promise.all([page.waitForURL(/\/mail\/Sent(\?.*)?$/), page.locator('nav a', { hasText: /^Sent\b/ }).first().click()]);
  await page.goto(`${page.url().split('?')[0]}?view=messages`); // the message list (not conversations) of Sent
  await page.waitForSelector(rowWithSubject(`Re: ${subject}`));
  await Promise.all([page.waitForURL(/\/mail\/Sent\/\d+$/), page.click(`${rowWithSubject(`Re: ${subject}`)} td.subject a`)]);
  // The reply went as HTML from the editor (shown in the sandboxed frame) or as plain text.
  const frame = page.frameLocator('iframe.html-body');
  const text = await page.locator('iframe.html-body').count()
    ? await frame.locator('body').innerText() : await page.locator('article.message .text-body').innerText();
  assert.ok(text.includes(replyLine), `the Sent copy holds the line written, not: ${text.slice(0, 200)}`);

  assert.deepEqual(problems, []);
  console.log('read, reply, send and find it in Sent: done in Chromium');
} finally {
  await browser.close();
}
