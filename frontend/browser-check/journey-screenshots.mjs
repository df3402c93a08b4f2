// Screenshots of the main pages at phone and desktop sizes, for people to look at (kept as CI artefacts):
// target/browser-screenshots/<page>-<size>.png. Light theme; the message page shows the newest message.
import { launchChromium } from './bundle-server.mjs';
import { DESKTOP, PHONE, SCREENSHOTS, openSession, screenshot, signIn } from './demo-session.mjs';
import { MAIN_PAGES } from './main-pages.mjs';

const browser = await launchChromium();
let taken = 0;
try {
  for (const [size, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const { context, page, problems } = await openSession(browser, { ...device, colorScheme: 'light' }, size);
    let signedIn = false;
    for (const main of MAIN_PAGES) {
      if (!main.signedOut && !signedIn) { await signIn(page); signedIn = true; }
      await main.open(page);
      await screenshot(page, main.name, size);
      taken++;
    }
    if (problems.length) throw new Error(`script errors: ${problems.join('; ')}`);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots: ${taken} pages in ${SCREENSHOTS}`);
