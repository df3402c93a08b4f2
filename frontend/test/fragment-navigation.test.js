import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { enhanceFragmentNavigation, swappableUrl, swapRegions } from '../src/fragment-navigation.js';

const ORIGIN = 'https://mail.example.test';

function listPage({ folder = 'INBOX', page = 1, pane = true, notice = '' } = {}) {
  return `<!DOCTYPE html><html><head><title>${folder} · Webmail</title></head><body>
    <header class="topbar"><a href="/compose">Write</a><form class="search"><input type="search" name="q" value="${folder === 'INBOX' ? 'from:anna' : ''}"><input type="hidden" name="folder" value="${folder}"></form></header>
    <p class="flash" data-notice>${notice}</p>
    <p id="live-status" role="status" data-showing="Showing"></p>
    <div class="mailbox${pane ? ' with-pane pane-right' : ''}">
      <nav class="folders-control"><a href="#folders">Folders</a></nav>
      <nav class="folders" id="folders" data-region="folders"><a href="/mail/INBOX">Inbox</a><a href="/mail/Sent">Sent</a></nav>
      <main class="list" data-region="list" data-folder="${folder}" data-page="${page}"><h1 tabindex="-1">${folder}</h1>
        <form data-message-actions><table id="message-list"><tbody>
          <tr data-uid="7"><td class="subject"><a href="/mail/${folder}/7${page > 1 ? `?page=${page}` : ''}">Seven</a></td></tr>
        </tbody></table></form>
        <nav class="pager"><a rel="next" href="/mail/${folder}?page=${page + 1}">Older</a></nav>
      </main>
      ${pane ? '<aside class="reading-empty" data-region="reading"><p>Select a message.</p></aside>' : ''}
    </div></body></html>`;
}

function messagePage({ folder = 'INBOX', uid = 7, pane = true } = {}) {
  return `<!DOCTYPE html><html><head><title>Seven · Webmail</title></head><body>
    <p class="flash" data-notice></p>
    <div class="mailbox${pane ? ' with-pane pane-right' : ''}">
      <nav class="folders-control"><a href="#folders">Folders</a></nav>
      <nav class="folders" id="folders" data-region="folders"><a href="/mail/INBOX">Inbox</a></nav>
      ${pane ? `<section class="list-pane" data-region="list" data-folder="${folder}" data-page="1"><h2>${folder}</h2>
        <table id="message-list"><tbody><tr data-uid="${uid}" aria-current="true"><td><a href="/mail/${folder}/${uid}">Seven</a></td></tr></tbody></table></section>` : ''}
      <main class="read" data-region="reading" data-folder="${folder}" data-uid="${uid}"><p class="back"><a href="/mail/${folder}">← ${folder}</a></p>
        <h1 class="subject" tabindex="-1">Seven</h1><form class="message-actions single"><div class="action-bar"></div></form></main>
    </div></body></html>`;
}

/** A window around a linkedom document: the history, location and scrolling the module uses, recorded. */
function browserWindow(html, path) {
  const { document, DOMParser, CustomEvent, HTMLElement } = parseHTML(html);
  const listeners = {};
  HTMLElement.prototype.focus = function focus() { win.focused = this; }; // linkedom has no focus of its own
  const win = {
    DOMParser, CustomEvent, scrollY: 0,
    location: {
      href: ORIGIN + path,
      assigned: null,
      assign(href) { this.assigned = href; },
      replace(href) { this.assigned = href; },
      reload() { this.assigned = this.href; },
    },
    history: {
      state: null, pushed: [],
      pushState(state, title, href) { this.state = state; this.pushed.push(href); win.location.href = new URL(href, win.location.href).href; },
      replaceState(state) { this.state = state; },
    },
    scrollTo() {},
    addEventListener(name, listener) { (listeners[name] ||= []).push(listener); },
    fire(name) { (listeners[name] || []).forEach((l) => l({})); },
  };
  return { document, win };
}

const pages = (routes) => async (href) => {
  const url = new URL(href);
  const body = routes[url.pathname + url.search];
  if (body === undefined) return { ok: false, status: 404, url: href, headers: new Map([['Content-Type', 'text/html']]), text: async () => '' };
  return { ok: true, status: 200, url: href, headers: new Map([['Content-Type', 'text/html;charset=UTF-8']]), text: async () => body };
};

function click(document, selector, init = {}) {
  const event = new document.defaultView.Event('click', { bubbles: true, cancelable: true });
  Object.assign(event, { button: 0, ...init });
  document.querySelector(selector).dispatchEvent(event);
  return event;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

test('only plain clicks on mailbox pages are taken over', () => {
  const { document } = parseHTML('<a id="a" href="/mail/INBOX?page=2">x</a><a id="c" href="/compose">c</a><a id="s" href="/mail/INBOX/7/source">s</a>'
    + '<a id="d" href="/mail/INBOX/7" download>d</a><a id="o" href="https://elsewhere.test/mail/INBOX">o</a><a id="h" href="#folders">h</a>'
    + '<a id="t" href="/mail/INBOX/7" target="_blank">t</a><a id="p" href="/mail/INBOX/7/parts/2">p</a>');
  const location = { href: `${ORIGIN}/mail/INBOX` };
  const plain = { button: 0 };
  const at = (id, event = plain) => swappableUrl(event, document.getElementById(id), location);
  assert.equal(at('a').href, `${ORIGIN}/mail/INBOX?page=2`);
  assert.equal(at('a', { button: 0, ctrlKey: true }), null, 'ctrl-click opens a new tab');
  assert.equal(at('a', { button: 0, metaKey: true }), null);
  assert.equal(at('a', { button: 1 }), null, 'middle click');
  assert.equal(at('a', { button: 0, defaultPrevented: true }), null, 'another script handled it');
  for (const id of ['c', 's', 'd', 'o', 'h', 't', 'p']) assert.equal(at(id), null, id);
});

test('the same regions are replaced one by one and the title, notice and search scope follow', () => {
  const { document } = parseHTML(listPage({ notice: 'Moved 2 messages.' }));
  const kept = document.querySelector('.folders-control');
  const fresh = new (parseHTML('').DOMParser)().parseFromString(listPage({ folder: 'Sent' }), 'text/html');
  const inserted = swapRegions(document, fresh);
  assert.deepEqual(inserted.map((r) => r.dataset.region), ['folders', 'list', 'reading']);
  assert.equal(document.querySelector('main.list').dataset.folder, 'Sent');
  assert.equal(document.querySelectorAll('[data-region="list"]').length, 1);
  assert.equal(document.querySelector('.folders-control'), kept, 'what is outside the regions stays');
  assert.equal(document.title, 'Sent · Webmail');
  assert.equal(document.querySelector('[data-notice]').textContent, '', 'the old notice belongs to the old page');
  assert.equal(document.querySelector('form.search input[name=folder]').value, 'Sent');
  assert.equal(document.querySelector('form.search input[name=q]').value, '', 'the query of the page left behind goes too');
});

test('a page with other regions replaces the whole frame', () => {
  const { document } = parseHTML(listPage({ pane: false }));
  const fresh = new (parseHTML('').DOMParser)().parseFromString(messagePage({ pane: false }), 'text/html');
  const inserted = swapRegions(document, fresh);
  assert.deepEqual(inserted.map((r) => r.dataset.region), ['folders', 'reading']);
  assert.equal(document.querySelector('main.list'), null);
  assert.equal(document.querySelectorAll('.mailbox').length, 1);
  assert.equal(swapRegions(document, new (parseHTML('').DOMParser)().parseFromString('<p>Sign in</p>', 'text/html')), null);
});

test('opening a message from the list swaps it into the reading pane, pushes the URL, moves focus and says so', async () => {
  const { document, win } = browserWindow(listPage(), '/mail/INBOX');
  const swapped = [];
  let navigated = 0;
  document.addEventListener('webmail:navigated', () => { navigated += 1; });
  enhanceFragmentNavigation(document, { win, fetchPage: pages({ '/mail/INBOX/7': messagePage() }), onSwap: (r) => swapped.push(r) });
  const event = click(document, 'td.subject a');
  assert.equal(event.defaultPrevented, true);
  await settle();
  assert.deepEqual(win.history.pushed, [`${ORIGIN}/mail/INBOX/7`]);
  assert.equal(win.location.assigned, null, 'no page load');
  assert.equal(document.querySelector('main.read').dataset.uid, '7');
  assert.equal(document.querySelector('section.list-pane tr[aria-current="true"]').dataset.uid, '7');
  assert.equal(document.title, 'Seven · Webmail');
  assert.equal(document.querySelector('#live-status').textContent, 'Showing: Seven');
  assert.equal(win.focused?.className, 'subject', 'focus on the message heading');
  assert.equal(swapped.length, 1);
  assert.equal(navigated, 1);
});

test('back and forward swap the page the address bar shows, without pushing again', async () => {
  const { document, win } = browserWindow(listPage(), '/mail/INBOX');
  enhanceFragmentNavigation(document, { win, fetchPage: pages({ '/mail/INBOX?page=2': listPage({ page: 2 }), '/mail/INBOX': listPage() }) });
  click(document, 'a[rel=next]');
  await settle();
  assert.equal(document.querySelector('main.list').dataset.page, '2');
  assert.equal(document.querySelector('td.subject a').getAttribute('href'), '/mail/INBOX/7?page=2');
  win.location.href = `${ORIGIN}/mail/INBOX`; // the browser's back button
  win.fire('popstate');
  await settle();
  assert.equal(document.querySelector('main.list').dataset.page, '1');
  assert.equal(win.history.pushed.length, 1);
  win.location.href = `${ORIGIN}/mail/INBOX#folders`; // only the fragment moved: nothing to load
  win.fire('popstate');
  await settle();
  assert.equal(win.location.assigned, null);
});

test('an error, a page that is not HTML or an answer without regions is followed as a plain link', async () => {
  for (const [answer, why] of [
    [async () => { throw new TypeError('offline'); }, 'network error'],
    [pages({}), '404'],
    [async (href) => ({ ok: true, url: href, headers: new Map([['Content-Type', 'application/json']]), text: async () => '{}' }), 'not html'],
    [pages({ '/mail/Sent': '<!DOCTYPE html><title>Sign in</title><form></form>' }), 'no regions'],
    [async () => ({ ok: true, url: `${ORIGIN}/login`, headers: new Map([['Content-Type', 'text/html']]), text: async () => listPage() }), 'redirected to sign-in'],
  ]) {
    const { document, win } = browserWindow(listPage(), '/mail/INBOX');
    const warn = console.warn;
    console.warn = () => {};
    try {
      enhanceFragmentNavigation(document, { win, fetchPage: answer });
      click(document, 'nav.folders a[href="/mail/Sent"]');
      await settle();
    } finally {
      console.warn = warn;
    }
    assert.equal(win.location.assigned, `${ORIGIN}/mail/Sent`, why);
    assert.deepEqual(win.history.pushed, [], why);
  }
});

test('links to other pages and modifier clicks are left to the browser', () => {
  const { document, win } = browserWindow(listPage(), '/mail/INBOX');
  let fetched = 0;
  enhanceFragmentNavigation(document, { win, fetchPage: async () => { fetched += 1; throw new Error('not expected'); } });
  assert.equal(click(document, 'a[href="/compose"]').defaultPrevented, false);
  assert.equal(click(document, 'td.subject a', { ctrlKey: true }).defaultPrevented, false);
  assert.equal(click(document, '.folders-control a').defaultPrevented, false);
  assert.equal(fetched, 0);
});
