// Live updates: what another device or mail client changes in this folder appears here without a reload.
// The server pushes the folder's changes as server-sent events (GET /events?folder=...); new rows come rendered
// by the server's own row template. Without this script every page shows the same state on a reload, and the
// browser's EventSource reconnects by itself after a drop (the server sends the delay and the Last-Event-ID).

// Every word it writes comes from the page (tags/liveTexts.html: data-text-* on the main element), in the page's language.
const BADGES = [
  { cls: 'unread-mark', make: (doc, text) => badge(doc, 'unread-mark', text.unread || '') },
  { cls: 'flag-mark', make: (doc, text) => badge(doc, 'flag-mark', '★', text.flaggedTitle, text.flagged) },
  { cls: 'answered-mark', make: (doc, text) => badge(doc, 'answered-mark', '↩', text.answeredTitle, text.answered) },
];

/** The data-text-* words of the page's main element, by their camel-cased names (newFrom, unreadOne, ...). */
function wordsOf(main) {
  const words = {};
  for (const [key, value] of Object.entries(main.dataset)) {
    if (key.startsWith('text') && key.length > 4) words[key[4].toLowerCase() + key.slice(5)] = value;
  }
  return words;
}

/** "3 messages" / "1 mensagem": the count and the word for it, singular for exactly one. */
function counted(n, one, other) {
  return `${n} ${n === 1 ? one || '' : other || ''}`.trimEnd();
}

function badge(doc, cls, symbol, title, spoken) {
  const span = doc.createElement('span');
  span.className = `badge ${cls}`;
  span.textContent = symbol;
  if (title) {
    span.title = title;
    const sr = doc.createElement('span');
    sr.className = 'sr-only';
    sr.textContent = spoken;
    span.append(sr);
  }
  return span;
}

/** Opens the event stream for the list or read page in {@code doc}; returns it, or null where there is nothing to update. */
export function enhanceLiveUpdates(doc, { EventSourceImpl = globalThis.EventSource, fetchPage = defaultFetch } = {}) {
  const main = doc.querySelector('main.list[data-folder], main.read[data-folder]');
  if (!main || typeof EventSourceImpl !== 'function') return null;
  const page = new LivePage(doc, main, fetchPage);
  const source = new EventSourceImpl(`/events?folder=${encodeURIComponent(page.folder)}`);
  const on = (name, apply) => source.addEventListener(name, (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return; // not ours to read
    }
    if (data.folder === undefined || data.folder === page.folder) apply(data);
  });
  on('message-new', (d) => page.arrived(d));
  on('message-flags', (d) => page.flags(d));
  on('message-gone', (d) => page.gone(d));
  on('folder-counts', (d) => page.counts(d));
  on('resync', () => page.resync());
  return source;
}

async function defaultFetch(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  if (!response.ok) throw new Error(`reload of the list answered ${response.status}`);
  return response.text();
}

class LivePage {
  constructor(doc, main, fetchPage) {
    this.doc = doc;
    this.main = main;
    this.folder = main.dataset.folder;
    this.isList = main.classList.contains('list');
    this.fetchPage = fetchPage;
    this.text = wordsOf(main);
  }

  rows() {
    return this.doc.querySelector('#message-list tbody');
  }

  row(uid) {
    const tbody = this.rows();
    return tbody ? [...tbody.querySelectorAll('tr[data-uid]')].find((tr) => tr.dataset.uid === String(uid)) : null;
  }

  arrived(data) {
    const t = this.text;
    if (!data.seen) this.announce(`${t.newFrom} ${data.from || t.unknownSender}: ${data.subject || t.noSubject}`);
    // The list is the page itself, or the reading pane's list beside an open message (the shell's layouts).
    const list = this.isList ? this.main : this.doc.querySelector('.list-pane[data-folder]');
    if (!list || list.dataset.page !== '1' || list.dataset.folder !== this.folder || this.row(data.uid)) return;
    const tbody = this.rows();
    if (!tbody) {
      this.resync(); // the empty-folder page has no table to add to
      return;
    }
    // The row is the server's tags/messageRow rendered by Qute (escaped there), like every row of the page.
    tbody.insertAdjacentHTML('afterbegin', data.html);
    if (!this.isList) { // the pane's rows have no selection box
      const row = tbody.firstElementChild;
      row?.querySelector('td.select')?.remove();
      row?.removeAttribute('draggable');
    }
  }

  flags(data) {
    const tr = this.row(data.uid);
    if (!tr) return;
    tr.classList.toggle('unseen', !data.seen);
    tr.classList.toggle('flagged', data.flagged);
    const cell = tr.querySelector('td.subject');
    if (!cell) return;
    const wanted = { 'unread-mark': !data.seen, 'flag-mark': data.flagged, 'answered-mark': data.answered };
    BADGES.forEach(({ cls, make }, index) => {
      const present = cell.querySelector(`.${cls}`);
      if (wanted[cls] && !present) {
        const next = BADGES.slice(index + 1).map((b) => cell.querySelector(`.${b.cls}`)).find(Boolean)
          || cell.querySelector('.attachment-mark');
        const made = make(this.doc, this.text);
        if (next) next.before(made); else cell.append(made);
      } else if (!wanted[cls] && present) {
        present.remove();
      }
    });
  }

  gone(data) {
    this.row(data.uid)?.remove();
    if (!this.isList && this.main.dataset.uid === String(data.uid) && !this.main.querySelector('.gone-notice')) {
      const notice = this.doc.createElement('p');
      notice.className = 'notice gone-notice';
      notice.setAttribute('role', 'status');
      notice.textContent = this.text.gone || '';
      this.main.prepend(notice);
    }
  }

  counts(data) {
    for (const folder of data.folders || []) {
      const item = [...this.doc.querySelectorAll('nav.folders li[data-path]')].find((li) => li.dataset.path === folder.path);
      const link = item?.querySelector('a');
      if (link) {
        let unread = link.querySelector('.unread');
        if (folder.unread > 0) {
          if (!unread) {
            link.append(' ');
            unread = this.doc.createElement('span');
            unread.className = 'unread';
            link.append(unread);
          }
          unread.textContent = String(folder.unread);
          unread.title = counted(folder.unread, this.text.unreadOne, this.text.unreadOther);
        } else if (unread) {
          unread.remove();
        }
      }
      if (folder.path === this.folder && this.isList) this.currentCounts(folder);
    }
  }

  currentCounts(folder) {
    const name = this.main.querySelector('h1')?.textContent || this.folder;
    const t = this.text;
    this.doc.title = `${name}${folder.unread > 0 ? ` (${folder.unread})` : ''} · ${t.app || ''}`;
    const count = this.main.querySelector('p.count');
    if (count) {
      count.textContent = counted(folder.total, t.messageOne, t.messageOther)
        + (folder.unread > 0 ? `, ${counted(folder.unread, t.unreadOne, t.unreadOther)}` : '');
    }
  }

  /** The server could not say exactly what changed: the list is loaded again and swapped in. */
  async resync() {
    if (!this.isList) return;
    try {
      const html = await this.fetchPage(this.doc.location?.href || `/mail/${this.folder}`);
      const fresh = new this.doc.defaultView.DOMParser().parseFromString(html, 'text/html');
      const main = fresh.querySelector('main.list');
      if (main) this.main.innerHTML = main.innerHTML;
      const folders = fresh.querySelector('nav.folders');
      const current = this.doc.querySelector('nav.folders');
      if (folders && current) current.innerHTML = folders.innerHTML;
      if (fresh.title) this.doc.title = fresh.title;
    } catch (error) {
      console.warn('The list could not be reloaded; a refresh shows the current state.', error);
    }
  }

  announce(text) {
    let region = this.doc.querySelector('#live-status');
    if (!region) {
      region = this.doc.createElement('div');
      region.id = 'live-status';
      region.className = 'sr-only';
      region.setAttribute('role', 'status');
      this.doc.body.append(region);
    }
    region.textContent = text;
  }
}
