// Does 'self' in the message body frame's CSP let an image from our own origin load, although the frame is
// sandboxed without allow-same-origin (an opaque origin)? And does it still refuse every other origin?
// The body frame relies on this for remote images through the webmail's proxy (docs/adr/0017-remote-content-proxy.md).
// Run: node frontend/browser-check/sandboxed-frame-self-images.mjs
import http from 'node:http';
import { launchChromium } from './bundle-server.mjs';

const BODY_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; font-src data:; "
  + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; img-src data: 'self'";
// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const asked = [];

const server = http.createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'session=secret; SameSite=Lax; Path=/' });
    res.end('<!doctype html><iframe id="body" sandbox src="/frame"></iframe>');
  } else if (req.url === '/frame') {
    const other = `http://localhost:${server.address().port}/elsewhere.png`;
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': BODY_POLICY });
    res.end(`<!doctype html><img id="own" src="/remote-content/image?url=x&amp;sig=y"><img id="other" src="${other}">`);
  } else if (req.url.endsWith('.png') || req.url.startsWith('/remote-content/')) {
    asked.push({ url: req.url, host: req.headers.host, cookie: req.headers.cookie || null });
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end(PNG);
  } else {
    res.writeHead(404); res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const frame = page.frames().find((f) => f.url().endsWith('/frame'));
  await frame.waitForLoadState('load');
  const widths = await frame.evaluate(() => ['own', 'other'].map((id) => document.getElementById(id).naturalWidth))
    .catch(async () => {
      // script-src 'none' in the frame: read the images from the parent through the element handles instead.
      const own = await frame.$('#own');
      const other = await frame.$('#other');
      return [await own.evaluate((img) => img.naturalWidth), await other.evaluate((img) => img.naturalWidth)];
    });
  console.log(JSON.stringify({ ownOriginWidth: widths[0], otherOriginWidth: widths[1], requests: asked }));
  if (widths[0] !== 1 || widths[1] !== 0 || asked.some((r) => r.url.includes('elsewhere'))) {
    console.error("FAIL: 'self' in the sandboxed frame does not behave as the body frame needs");
    process.exitCode = 1;
  } else {
    console.log("OK: 'self' loads our own origin's image in the sandboxed frame and refuses another origin");
  }
} finally {
  await browser.close();
  server.close();
}
