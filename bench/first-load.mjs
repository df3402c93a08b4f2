// First page load of the message list with a cold browser cache, measured in Debian's Chromium through the DevTools
// protocol (bytes, requests) and the page's own Performance APIs (paint, the list's rows appearing). Run by
// bench/first-load; usage: node bench/first-load.mjs <app> <base-url> <runs>, app = webmail | roundcube.
//
// Two scenarios, each in a new browser context per run (empty HTTP cache, no service worker):
//   list     a signed-in person opens the message list: the session cookie comes from a sign-in done in another
//            context (its cache is thrown away), so every byte of the list page and what it pulls in is counted;
//   sign-in  the sign-in page, then the form sent, until the list shows: everything both pages load.
// Bytes per kind (html, js, css, data = XHR/fetch, other = images, fonts): "wire" is what crossed the connection
// (Network.loadingFinished's encodedDataLength: headers + body as sent), "decoded" the bodies' size, "gzip" the
// bodies gzipped at level 6, i.e. what a compressing server would send (neither server here compresses).
// "the page's first byte" is the navigation's responseStart (the server's share, before the browser's work);
// "list visible" is the first frame painted after the first list row entered the DOM (a MutationObserver set up
// before the page's own scripts, then requestAnimationFrame + a message to the next task).
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

const require = createRequire(new URL('../frontend/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [app, base, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 20);
const WARMUP = 2;
const USER = { username: process.env.BENCH_USER || 'demo@example.test', password: process.env.BENCH_PASSWORD || 'demo' };

const APPS = {
  webmail: {
    loginUrl: `${base}/login`,
    listUrl: `${base}/mail/INBOX`,
    rows: '#message-list tbody tr[data-uid]',
    signIn: async (page) => {
      await page.fill('#username', USER.username);
      await page.fill('#password', USER.password);
      await page.click('main button[type=submit]');
    },
  },
  roundcube: {
    loginUrl: `${base}/`,
    listUrl: `${base}/?_task=mail&_mbox=INBOX`,
    rows: '#messagelist tbody tr[id^=rcmrow]',
    signIn: async (page) => {
      await page.fill('#rcmloginuser', USER.username);
      await page.fill('#rcmloginpwd', USER.password);
      await page.click('#rcmloginsubmit');
    },
  },
};
const target = APPS[app];
if (!target) throw new Error(`unknown app ${app}: webmail or roundcube`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const VIEWPORT = { viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true, serviceWorkers: 'block' };

/** Set up in every document before its scripts: when the first row appears, note the time of the next painted frame. */
function watchList(selector) {
  const mark = () => {
    if (window.__listSeenAt != null || !document.querySelector(selector)) return;
    window.__listSeenAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__listPaintedAt = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
}

const kindOf = (type) => ({ Document: 'html', Script: 'js', Stylesheet: 'css', XHR: 'data', Fetch: 'data' })[type] || 'other';

/** Records every response of a page through CDP; finish() waits for the network to settle and totals it. */
async function recordNetwork(page, withBodies) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    if (e.type === 'EventSource') return; // the live-update stream never finishes; it is not part of the load
    // A redirect (the sign-in POST's 303) reuses the request id: count the hop that was answered before it.
    const earlier = requests.get(e.requestId);
    if (earlier && e.redirectResponse) requests.set(`${e.requestId}#${requests.size}`, { ...earlier, wire: e.redirectResponse.encodedDataLength || 0, done: true });
    requests.set(e.requestId, { url: e.request.url, type: e.type, wire: 0, decoded: 0, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r && (e.response.fromDiskCache || e.response.fromPrefetchCache)) r.cached = true;
    if (r) r.status = e.response.status;
  });
  cdp.on('Network.requestServedFromCache', (e) => { const r = requests.get(e.requestId); if (r) r.cached = true; });
  cdp.on('Network.dataReceived', (e) => { const r = requests.get(e.requestId); if (r) r.decoded += e.dataLength; lastActivity = Date.now(); });
  cdp.on('Network.loadingFinished', async (e) => {
    const r = requests.get(e.requestId);
    lastActivity = Date.now();
    if (!r) return;
    r.wire = e.encodedDataLength;
    if (withBodies) {
      try {
        const body = await cdp.send('Network.getResponseBody', { requestId: e.requestId });
        const bytes = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
        r.gzip = zlib.gzipSync(bytes, { level: 6 }).length;
      } catch { r.gzip = 0; }
    }
    r.done = true;
  });
  cdp.on('Network.loadingFailed', (e) => { const r = requests.get(e.requestId); if (r) { r.done = true; r.failed = true; } });
  return {
    async finish() {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && ([...requests.values()].some((r) => !r.done) || Date.now() - lastActivity < 500)) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await cdp.detach();
      const total = { requests: 0, cached: 0 };
      if (process.env.BENCH_DEBUG) for (const r of requests.values()) console.error(r.type, r.status, r.cached ? 'cached' : '', r.wire, r.decoded, r.url);
      for (const r of requests.values()) {
        if (r.failed) continue;
        if (r.cached) { total.cached++; continue; } // loaded earlier in the same run: no bytes crossed
        const k = kindOf(r.type);
        total.requests++;
        total[k] ??= { requests: 0, wire: 0, decoded: 0, gzip: 0 };
        total[k].requests++;
        total[k].wire += r.wire;
        total[k].decoded += r.decoded;
        total[k].gzip += r.gzip || 0;
      }
      return total;
    },
  };
}

async function signedInState() {
  const context = await browser.newContext(VIEWPORT);
  const page = await context.newPage();
  await page.goto(target.loginUrl);
  await Promise.all([page.waitForURL((u) => u.href !== target.loginUrl), target.signIn(page)]);
  await page.waitForSelector(target.rows);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function measureList(withBodies) {
  const context = await browser.newContext({ ...VIEWPORT, storageState: await signedInState() });
  await context.addInitScript(watchList, target.rows);
  const page = await context.newPage();
  const network = await recordNetwork(page, withBodies);
  await page.goto(target.listUrl);
  await page.waitForFunction(() => window.__listPaintedAt != null, null, { timeout: 30_000 });
  // Nothing is visible before the first contentful paint (a render-blocking stylesheet can hold it back).
  const timing = await page.evaluate(async () => {
    const fcp = await new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'paint', buffered: true }));
    const firstByte = performance.getEntriesByType('navigation')[0]?.responseStart;
    return { fcp, firstByte, listVisible: Math.max(fcp, window.__listPaintedAt) };
  });
  timing.rows = await page.locator(target.rows).count();
  const bytes = await network.finish();
  await context.close();
  return { ...timing, bytes };
}

async function measureSignIn(withBodies) {
  const context = await browser.newContext(VIEWPORT);
  await context.addInitScript(watchList, target.rows);
  const page = await context.newPage();
  const network = await recordNetwork(page, withBodies);
  await page.goto(target.loginUrl);
  await page.waitForLoadState('load');
  const clickedAt = Date.now();
  await target.signIn(page);
  await page.waitForFunction(() => window.__listPaintedAt != null, null, { timeout: 30_000 });
  const paintedAt = await page.evaluate(async () => {
    const fcp = await new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'paint', buffered: true }));
    return performance.timeOrigin + Math.max(fcp, window.__listPaintedAt);
  });
  const bytes = await network.finish();
  await context.close();
  return { listVisible: paintedAt - clickedAt, bytes };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const kb = (n) => `${(n / 1024).toFixed(1)}`;

function describe(bytes) {
  const kinds = ['html', 'js', 'css', 'data', 'other'].filter((k) => bytes[k]);
  const line = (field) => kinds.map((k) => `${k} ${kb(bytes[k][field])}`).join(', ');
  const sum = (field, ks = kinds) => ks.reduce((s, k) => s + (bytes[k]?.[field] || 0), 0);
  return [
    `requests ${bytes.requests} (${kinds.map((k) => `${k} ${bytes[k].requests}`).join(', ')})${bytes.cached ? `, and ${bytes.cached} answered from the cache filled earlier in the run` : ''}`,
    `wire KB ${line('wire')}; total ${kb(sum('wire'))}`,
    `decoded KB ${line('decoded')}; total ${kb(sum('decoded'))}`,
    `gzip-6 KB ${line('gzip')}; total ${kb(sum('gzip'))}; JS+CSS ${kb(sum('gzip', ['js', 'css']))} (budget 60)`,
  ];
}

async function scenario(name, measure) {
  for (let i = 0; i < WARMUP; i++) await measure(false);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(i === 0));
  const visible = runs.map((r) => r.listVisible);
  const out = [`${app} ${name}: list visible p50 ${percentile(visible, 50).toFixed(0)} ms, p95 ${percentile(visible, 95).toFixed(0)} ms over ${RUNS} cold-cache runs`];
  if (runs[0].fcp != null) {
    const fcp = runs.map((r) => r.fcp);
    out[0] += `; first contentful paint p50 ${percentile(fcp, 50).toFixed(0)} ms, p95 ${percentile(fcp, 95).toFixed(0)} ms`;
  }
  if (runs[0].firstByte != null) {
    const firstByte = runs.map((r) => r.firstByte);
    out[0] += `; the page's first byte p50 ${percentile(firstByte, 50).toFixed(0)} ms, p95 ${percentile(firstByte, 95).toFixed(0)} ms`;
  }
  if (runs[0].rows != null) out[0] += `; ${runs[0].rows} rows shown`;
  // Bytes barely vary between runs: the first measured run's figures (the one whose bodies were gzipped).
  out.push(...describe(runs[0].bytes).map((l) => `  ${l}`));
  const requests = runs.map((r) => r.bytes.requests);
  if (Math.min(...requests) !== Math.max(...requests)) out.push(`  requests varied between ${Math.min(...requests)} and ${Math.max(...requests)}`);
  console.log(out.join('\n'));
}

try {
  console.log(`# ${app} at ${base}, Chromium ${browser.version()}, viewport 1280x800`);
  await scenario('list (signed in, cold cache)', measureList);
  await scenario('sign-in -> list (cold cache, from the click on Sign in)', measureSignIn);
} finally {
  await browser.close();
}
