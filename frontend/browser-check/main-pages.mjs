// The main pages the issue names (sign-in, list, message, compose, settings, search results) and how a signed-in
// person reaches each, for the checks that visit all of them (axe-core, screenshots). Each `open(page)` navigates
// and resolves once the page shows what it is for.
import { BASE } from './demo-session.mjs';

export const MAIN_PAGES = [
  { name: 'sign-in', signedOut: true, open: async (page) => { await page.goto(`${BASE}/login`); await page.waitForSelector('#username'); } },
  { name: 'list', open: async (page) => { await page.goto(`${BASE}/mail/INBOX?view=messages`); await page.waitForSelector('#message-list tbody tr[data-uid]'); } },
  {
    name: 'message',
    open: async (page) => {
      await page.goto(`${BASE}/mail/INBOX?view=messages`);
      const href = await page.locator('#message-list tbody tr[data-uid] td.subject a').first().getAttribute('href');
      await page.goto(new URL(href, BASE).href);
      await page.waitForSelector('article.message h1');
    },
  },
  {
    name: 'compose',
    open: async (page) => {
      await page.goto(`${BASE}/compose`);
      await page.waitForSelector('#to');
      await page.waitForLoadState('networkidle'); // the editor chunk has replaced the text box
    },
  },
  { name: 'settings', open: async (page) => { await page.goto(`${BASE}/settings`); await page.waitForSelector('main h1'); } },
  { name: 'search', open: async (page) => { await page.goto(`${BASE}/search?q=report&folder=INBOX`); await page.waitForSelector('main h1'); } },
];
