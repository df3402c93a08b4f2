// What the bundle checks share: a local server that answers one test page and the built bundle under the
// application's Content-Security-Policy, and Debian's Chromium started the way this project starts it.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const STATIC = process.argv[2] || new URL('../../target/frontend', import.meta.url).pathname;
const CSS = new URL('../src/app.css', import.meta.url).pathname;
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves {@code page} at / and the bundle under /static/; {@code answer(req, res, body)} may answer any other
 * request (body is the whole request body as text) and returns true when it did. Resolves to the base URL and server.
 */
export async function serveBundle(page, answer = () => false) {
  const server = http.createServer((req, res) => {
    const headers = { 'Content-Security-Policy': CSP };
    if (req.url === '/') { res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }); res.end(page); return; }
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (answer(req, res, body)) return;
      const file = req.url === '/static/app.css' ? CSS : path.join(STATIC, req.url.replace('/static/', ''));
      if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { ...headers, 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript' });
      res.end(fs.readFileSync(file));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, server };
}

/** Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium), headless, with nothing reaching outside loopback. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--ignore-certificate-errors', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
