// Drives the built bundle in a real Chromium under the application's Content-Security-Policy: the editor, address
// suggestions and autosave on a compose-like form, and no CSP violation reported. Not part of `node --test`
// because it needs a browser: run `CHROMIUM_PATH=/path/to/chromium npm run check:browser` after a build.
import assert from 'node:assert/strict';
import { serveBundle, launchChromium } from './bundle-server.mjs';

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/static/app.css"><script type="module" src="/static/app.js"></script></head><body>
<form method="post" action="/compose" data-autosave data-autosave-saved="Rascunho salvo" data-autosave-retry="Rascunho ainda não salvo"><input type="hidden" name="csrf" value="tok">
<input id="to" name="to" data-autocomplete><textarea name="body" data-editor aria-label="Mensagem" data-editor-bold="Negrito" data-editor-italic="Itálico">Dear Bob,
quoted</textarea><p data-autosave-status></p><button type="submit" name="action" value="send">Send</button></form></body></html>`;
const posts = [];
const { base, server } = await serveBundle(PAGE, (req, res, body) => {
  if (req.url.startsWith('/contacts/suggest')) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify([{ name: 'Bob Baker', address: 'bob@example.org' }, { name: 'Bea', address: 'bea@example.org' }]));
    return true;
  }
  if (req.method !== 'POST') return false;
  posts.push({ headers: req.headers, body });
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('ok');
  return true;
});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror ' + e.message));
  await page.clock.install();
  await page.goto(base + '/');
  await page.waitForSelector('.editor');
  assert.equal(await page.innerHTML('.editor'), '<div>Dear Bob,</div><div>quoted</div>');
  // The toolbar speaks the page's language: its words come from the textarea's data attributes.
  assert.equal(await page.textContent('button[data-command=bold]'), 'Negrito');
  assert.equal(await page.getAttribute('.editor', 'aria-label'), 'Mensagem');
  await page.click('.editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Plain then ');
  await page.click('button[data-command=bold]');
  await page.keyboard.type('bold');

  await page.click('#to');
  await page.keyboard.type('ann@example.org, bo');
  await page.clock.runFor(300);
  await page.waitForSelector('[role=option]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#to'), 'ann@example.org, Bob Baker <bob@example.org>, ');

  await page.clock.runFor(31000);
  await page.waitForFunction(() => document.querySelector('[data-autosave-status]').textContent !== '');
  assert.match(await page.textContent('[data-autosave-status]'), /^Rascunho salvo \d\d:\d\d$/);
  const autosave = posts[0];
  assert.equal(autosave.headers['x-autosave'], '1');
  assert.match(autosave.body, /name="action"\r\n\r\nsave\r\n/);
  assert.match(autosave.body, /name="csrf"\r\n\r\ntok\r\n/);
  assert.match(autosave.body, /name="bodyHtml"\r\n\r\n<div>Dear Bob,<\/div><div>quoted<\/div><div>Plain then(&nbsp;| )<b>bold<\/b><\/div>/);

  await page.click('button[type=submit]');
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && posts.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  const sent = new URLSearchParams(posts.at(-1).body);
  assert.equal(sent.get('action'), 'send');
  assert.match(sent.get('bodyHtml'), /<b>bold<\/b>/);
  assert.equal(sent.get('body').replace(/\r\n/g, '\n').replace(/\u00a0/g, ' '), 'Dear Bob,\nquoted\nPlain then bold');
  assert.deepEqual(problems, []);
  console.log('compose enhancements work in Chromium under the CSP');
} finally {
  await browser.close();
  server.close();
}
