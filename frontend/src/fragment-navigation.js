// In-place navigation in the mailbox: folder links, list paging, opening a message and the way back fetch the same
// URL the link names, take the marked regions ([data-region="folders|list|reading"]) out of the answer and put them in
// place of the page's own, so the rest of the page (and the script state, the live-update stream) stays. The address
// bar and history follow (pushState; back and forward swap again). Without scripts, or when anything here goes wrong,
// the link is simply followed: the server renders the same page either way.

/** Paths that are pages of the mailbox; their sources, parts and frames are not. */
const MAILBOX_PAGE = /^\/mail\/(?!.*\/(?:source|parts|body|actions)(?:\/|$))/;

/** The mailbox URL a click on {@code anchor} should swap in place, or null when the browser should follow it itself. */
export function swappableUrl(event, anchor, location) {
  if (!anchor || event.defaultPrevented || event.button > 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null; // new tab or window
  if (anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return null;
  const href = anchor.getAttribute('href');
  if (!href || href.startsWith('#')) return null;
  let url;
  try {
    url = new URL(href, location.href);
  } catch {
    return null;
  }
  if (url.origin !== new URL(location.href).origin || !MAILBOX_PAGE.test(url.pathname)) return null;
  if (samePage(url, new URL(location.href)) && url.hash) return null; // an anchor on this page
  return url;
}

function samePage(a, b) {
  return a.pathname === b.pathname && a.search === b.search;
}

const regionsOf = (root) => [...root.querySelectorAll('[data-region]')];
const names = (regions) => regions.map((r) => r.dataset.region).sort().join(' ');

/**
 * Puts the regions of {@code fresh} (a parsed page) in place of those of {@code doc}. When both pages have the same
 * regions in the same frame, each is replaced on its own; otherwise the frame holding them (.mailbox) is. Returns the
 * inserted regions, or null when the answer has no regions (not a mailbox page: the caller follows the link instead).
 */
export function swapRegions(doc, fresh) {
  const incoming = regionsOf(fresh);
  const current = regionsOf(doc);
  if (incoming.length === 0 || current.length === 0) return null;
  const oldFrame = current[0].parentElement;
  const newFrame = incoming[0].parentElement;
  let inserted;
  if (names(incoming) === names(current) && oldFrame.className === newFrame.className
      && current.every((r) => r.parentElement === oldFrame)) {
    inserted = current.map((old) => {
      const replacement = doc.importNode(incoming.find((r) => r.dataset.region === old.dataset.region), true);
      const keepScroll = sameList(old, replacement) ? old.scrollTop : 0;
      old.replaceWith(replacement);
      if (keepScroll) replacement.scrollTop = keepScroll; // the reader stays where they were in the same list
      return replacement;
    });
  } else {
    const frame = doc.importNode(newFrame, true);
    oldFrame.replaceWith(frame);
    inserted = regionsOf(frame);
  }
  carryOver(doc, fresh);
  return inserted;
}

function sameList(a, b) {
  return a.dataset.region === 'list' && a.dataset.folder === b.dataset.folder && a.dataset.page === b.dataset.page;
}

/** Small parts of the page outside the regions that belong to the page shown: the title, the notice, the search box. */
function carryOver(doc, fresh) {
  if (fresh.title) doc.title = fresh.title;
  const notice = doc.querySelector('[data-notice]');
  const freshNotice = fresh.querySelector('[data-notice]');
  if (notice && freshNotice && notice.textContent !== freshNotice.textContent) {
    notice.textContent = freshNotice.textContent;
    notice.className = freshNotice.className;
  }
  for (const field of ['input[name="folder"]', 'input[name="q"]', 'select[name="scope"]']) {
    const mine = doc.querySelector(`form.search ${field}`);
    const theirs = fresh.querySelector(`form.search ${field}`);
    if (mine && theirs) mine.value = theirs.value;
  }
}

/** The heading of the page's main region, made focusable: where focus goes after a swap, and what is announced. */
export function headingToFocus(doc, inserted) {
  const main = inserted.find((r) => r.tagName === 'MAIN') || inserted.find((r) => r.dataset.region !== 'folders') || inserted[0];
  const heading = main?.querySelector('h1, h2');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading || null;
}

/** Says, in the page's polite live region, what is now shown (the words come from the page: data-showing). */
export function announce(doc, text) {
  const region = doc.querySelector('#live-status');
  if (!region || !text) return;
  const prefix = region.dataset.showing;
  region.textContent = prefix ? `${prefix}: ${text}` : text;
}

async function defaultFetch(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
}

/**
 * Enhances the mailbox's links in {@code doc}. {@code onSwap(regions)} runs after each swap so the other behaviours
 * can take on the new content; a 'webmail:navigated' event on the document says the same to anyone listening.
 */
export function enhanceFragmentNavigation(doc, { fetchPage = defaultFetch, onSwap = () => {}, win = doc.defaultView } = {}) {
  if (!win?.history?.pushState || !win.DOMParser) return null;
  let shown = new URL(win.location.href);
  let latest = 0;

  const follow = (url, replace) => (replace ? win.location.replace(url.href) : win.location.assign(url.href));

  async function navigate(url, { push }) {
    const ticket = ++latest;
    try {
      const response = await fetchPage(url.href);
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok || !type.includes('text/html')) throw new Error(`answered ${response.status} ${type}`);
      const html = await response.text();
      if (ticket !== latest) return; // a later click won
      const fresh = new win.DOMParser().parseFromString(html, 'text/html');
      const landed = new URL(response.url || url.href);
      if (landed.origin !== url.origin || !MAILBOX_PAGE.test(landed.pathname)) throw new Error('left the mailbox');
      const inserted = swapRegions(doc, fresh);
      if (!inserted) throw new Error('no regions in the answer');
      if (push) {
        win.history.replaceState({ ...(win.history.state || {}), scrollY: win.scrollY || 0 }, '');
        win.history.pushState({ swapped: true }, '', landed.href);
        win.scrollTo?.(0, 0);
      } else if (win.history.state?.scrollY) {
        win.scrollTo?.(0, win.history.state.scrollY);
      }
      shown = new URL(win.location.href);
      const heading = headingToFocus(doc, inserted);
      heading?.focus?.({ preventScroll: !push });
      doc.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
      announce(doc, heading?.textContent.replace(/\s+/g, ' ').trim() || doc.title);
      onSwap(inserted);
      doc.dispatchEvent(new win.CustomEvent('webmail:navigated', { detail: { regions: inserted } }));
    } catch (error) {
      console.warn('Loading the page in place failed; following the link instead.', error);
      follow(url, !push);
    }
  }

  doc.addEventListener('click', (event) => {
    const anchor = event.target?.closest?.('a[href]');
    const url = swappableUrl(event, anchor, win.location);
    if (!url || !doc.querySelector('[data-region]')) return;
    event.preventDefault();
    navigate(url, { push: true });
  });

  win.addEventListener('popstate', () => {
    const url = new URL(win.location.href);
    if (samePage(url, shown)) return; // only the #fragment moved (the phone's folder control)
    if (!MAILBOX_PAGE.test(url.pathname) || !doc.querySelector('[data-region]')) {
      win.location.reload();
      return;
    }
    navigate(url, { push: false });
  });
  return { navigate: (href) => navigate(new URL(href, win.location.href), { push: true }) };
}
