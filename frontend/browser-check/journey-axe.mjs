// axe-core on the main pages (sign-in, list, message, compose, settings, search results) at desktop and phone sizes,
// in the light and the dark colour scheme (the app follows the system's when the theme is "system"). Fails on any
// serious or critical violation and prints each one's id, impact and targets. axe's source is evaluated in the page
// (the app's CSP blocks an added <script>); the sandboxed message frame holds the sender's HTML and is left out.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './bundle-server.mjs';
import { DESKTOP, PHONE, openSession, signIn } from './demo-session.mjs';
import { MAIN_PAGES } from './main-pages.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);

async function audit(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

const browser = await launchChromium();
let blocking = 0;
let pagesChecked = 0;
try {
  for (const [size, device] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, problems } = await openSession(browser, { ...device, colorScheme }, `${size}/${colorScheme}`);
      let signedIn = false;
      for (const main of MAIN_PAGES) {
        if (!main.signedOut && !signedIn) { await signIn(page); signedIn = true; }
        await main.open(page);
        for (const v of await audit(page)) {
          const marker = BLOCKING.has(v.impact) ? 'FAIL' : 'note';
          if (BLOCKING.has(v.impact)) blocking++;
          console.log(`${marker} ${main.name} ${size} ${colorScheme}: ${v.id} (${v.impact}) ${v.help}\n       ${v.targets.slice(0, 8).join('\n       ')}${v.targets.length > 8 ? `\n       … ${v.targets.length - 8} more` : ''}`);
        }
        pagesChecked++;
      }
      if (problems.length) { console.log(`script errors: ${problems.join('; ')}`); blocking++; }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
}
if (blocking) {
  console.error(`axe-core: ${blocking} serious or critical violation(s) over ${pagesChecked} page views`);
  process.exitCode = 1;
} else {
  console.log(`axe-core: no serious or critical violation on ${pagesChecked} page views (6 pages x desktop/phone x light/dark)`);
}
