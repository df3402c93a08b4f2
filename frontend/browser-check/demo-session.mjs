// What the journeys against the demo share: where the demo listens, a fresh browser context (its own cookies, the
// demo's self-signed certificate accepted) that records script errors, the sign-in as the demo user, and where
// screenshots go. The journeys assert what a person sees; this module only gets them to the starting line.
import fs from 'node:fs';
import path from 'node:path';

export const BASE = process.env.BASE_URL || 'https://localhost:18443';
/** The demo's in-process GreenMail (WEBMAIL_DEMO_SMTP_PORT / WEBMAIL_DEMO_IMAP_PORT, as .ci/demo.sh gives them). */
export const DEMO_SMTP_PORT = Number(process.env.WEBMAIL_DEMO_SMTP_PORT || 3025);
export const DEMO_IMAP_PORT = Number(process.env.WEBMAIL_DEMO_IMAP_PORT || 3143);
export const DEMO_USER = { username: 'demo@example.test', password: 'demo' };

export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The build output's screenshot folder (kept as a CI artefact): target/browser-screenshots. */
export const SCREENSHOTS = process.env.SCREENSHOT_DIR
  || new URL('../../target/browser-screenshots', import.meta.url).pathname;

/**
 * A new context (separate cookies, cold cache) with one page; {@code problems} collects uncaught script errors and
 * console errors so a journey can assert there were none. {@code options} go to browser.newContext (viewport etc.).
 */
export async function openSession(browser, options = {}, name = 'page') {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, ...options }); // the demo's self-signed certificate
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`${name}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${name}: ${m.text()}`); });
  return { context, page, problems };
}

/** Signs in through the sign-in form as the demo user; resolves once the inbox is shown. */
export async function signIn(page, { username, password } = DEMO_USER) {
  await page.goto(`${BASE}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(/\/mail\/INBOX/), page.click('main button[type=submit]')]);
}

/** A full-page screenshot at target/browser-screenshots/<name>-<size>.png. */
export async function screenshot(page, name, size) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}-${size}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
