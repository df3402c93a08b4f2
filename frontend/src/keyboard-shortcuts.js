// Gmail-compatible keyboard shortcuts (the keys are in keymap.js; the list people read is the help dialog that
// layout.html renders from the `keys` bundle). One keydown listener on the document, bound once, that looks the page
// up at the moment of each key press: regions swapped in without a reload keep working. Every action goes through
// what a mouse would use (the links, the action-bar buttons, whose form posts with CSRF via message-actions.js), so
// a shortcut does exactly what the button does.
import { commandFor, SEQUENCE_TIMEOUT } from './keymap.js';

const LIST_KEY = 'webmail.keys.list'; // the open list's message links, so j/k on a message page can go on
const ROWS = 'table.messages tbody tr[data-uid]';
const ROW_LINK = 'td.subject a[href]';
/** Input types one cannot type text into: a shortcut still works while one of them has focus. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);
const bound = new WeakSet();

/** Whether a key press on this element is typing (text fields, selects, editors), which shortcuts never take. */
export function isTextField(element) {
  if (!element || element.nodeType !== 1) return false;
  if (element.isContentEditable) return true;
  const field = element.closest('input, textarea, select, [contenteditable]');
  if (!field) return false;
  if (field.hasAttribute('contenteditable')) return field.getAttribute('contenteditable') !== 'false';
  if (field.tagName === 'INPUT') return !NOT_TEXT.has((field.getAttribute('type') || 'text').toLowerCase());
  return true;
}

/** Enter on these already does something of its own. */
function isInteractive(element) {
  return Boolean(element?.closest?.('a[href], button, summary, input, select, textarea, label, [contenteditable]'));
}

export function bindShortcuts(doc, options = {}) {
  if (bound.has(doc)) return null;
  bound.add(doc);
  const view = doc.defaultView;
  const ctx = {
    doc,
    navigate: options.navigate ?? ((href) => view.location.assign(href)),
    location: options.location ?? view?.location,
    storage: options.storage ?? sessionStore(view),
    last: null, // { path, index } of the cursor, to go on from after its row was taken away (archive, delete)
  };
  const timeout = options.timeout ?? SEQUENCE_TIMEOUT;
  let pending = null;
  let timer = null;

  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
    if (isTextField(event.target)) return;
    const help = doc.getElementById('keyboard-help');
    if (help?.hasAttribute('open') && event.key !== '?') return; // the open dialog has its own keys (Esc closes)
    const found = commandFor(event.key, pending);
    clearTimeout(timer);
    pending = null;
    if (found?.prefix) {
      pending = found.prefix;
      timer = setTimeout(() => { pending = null; }, timeout);
      return;
    }
    if (!found) return;
    if (event.key === 'Enter' && isInteractive(event.target)) return;
    if (COMMANDS[found](ctx) !== false) event.preventDefault();
  });
  // A message opened with the mouse from a list: j/k on its page go on through that list.
  doc.addEventListener('click', (event) => {
    const link = event.target?.closest?.(`${ROWS} ${ROW_LINK}`);
    if (link) rememberList(ctx, link);
  }, true);
  restoreCursor(ctx);
  // A list swapped in without a page load (fragment-navigation.js): the cursor shows on the message just read.
  doc.addEventListener('webmail:navigated', () => { if (!reading(ctx)) restoreCursor(ctx); });
  return ctx;
}

const COMMANDS = {
  // On a message (its page may show the reading pane's list beside it) j/k open the neighbour, as in Gmail.
  next: (ctx) => (!reading(ctx) && hasRows(ctx) ? moveCursor(ctx, 1) : goToNeighbour(ctx, 1)),
  previous: (ctx) => (!reading(ctx) && hasRows(ctx) ? moveCursor(ctx, -1) : goToNeighbour(ctx, -1)),
  open: (ctx) => {
    const link = currentRow(ctx)?.querySelector(ROW_LINK);
    if (!link) return false;
    rememberList(ctx, link);
    link.click();
    return true;
  },
  back: (ctx) => clickLink(ctx.doc.querySelector('main.read p.back a[href]')),
  compose: (ctx) => go(ctx, '/compose'),
  reply: (ctx) => clickLink(last(ctx.doc, 'a[href^="/compose?reply="]')),
  replyAll: (ctx) => clickLink(last(ctx.doc, 'a[href^="/compose?replyAll="]')),
  forward: (ctx) => clickLink(last(ctx.doc, 'a[href^="/compose?forward="]')),
  archive: (ctx) => act(ctx, () => 'archive'),
  delete: (ctx) => act(ctx, () => 'delete'),
  markRead: (ctx) => act(ctx, () => 'read'),
  markUnread: (ctx) => act(ctx, () => 'unread'),
  // A toggle: the row the action starts from says which way (the read view shows only the button that applies).
  flag: (ctx) => act(ctx, (row) => (row ? (row.classList.contains('flagged') ? 'unflag' : 'flag') : ['flag', 'unflag'])),
  select: (ctx) => {
    const box = currentRow(ctx)?.querySelector('input[type="checkbox"][name="uid"]');
    if (!box) return false;
    box.checked = !box.checked;
    box.dispatchEvent(new ctx.doc.defaultView.Event('change', { bubbles: true }));
    return true;
  },
  search: (ctx) => {
    const field = ctx.doc.querySelector('form[role="search"] input[type="search"]');
    if (!field) return false;
    field.focus();
    field.select?.();
    return true;
  },
  help: (ctx) => {
    const dialog = ctx.doc.getElementById('keyboard-help');
    if (!dialog) return false;
    if (dialog.hasAttribute('open')) {
      if (typeof dialog.close === 'function') dialog.close(); else dialog.removeAttribute('open');
    } else if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return true;
  },
  inbox: (ctx) => go(ctx, '/mail/INBOX'),
};

// --- the list cursor -------------------------------------------------------------------------------------------

const rows = (doc) => [...doc.querySelectorAll(ROWS)];
const hasRows = (ctx) => Boolean(ctx.doc.querySelector(ROWS));
const reading = (ctx) => Boolean(ctx.doc.querySelector('main.read'));
const here = (ctx) => (ctx.location?.pathname ?? '') + (ctx.location?.search ?? '');

const markedRow = (ctx) => ctx.doc.querySelector(`${ROWS}[aria-current="true"]`);

/** The row of the message last opened from this list (back from reading it), if it is on this page. */
function openedRow(ctx) {
  const opened = readList(ctx)?.opened;
  return opened ? rows(ctx.doc).find((row) => sameHref(ctx, row.querySelector(ROW_LINK)?.getAttribute('href'), opened)) ?? null : null;
}

/**
 * The row under the cursor: the marked one; else, when the marked row was taken away (archived, deleted), the one
 * that took its place; else the row of the message opened from here.
 */
function currentRow(ctx) {
  const marked = markedRow(ctx);
  if (marked) return marked;
  if (ctx.last?.path === here(ctx)) {
    const all = rows(ctx.doc);
    return all[Math.min(ctx.last.index, all.length - 1)] ?? null;
  }
  return openedRow(ctx);
}

function moveCursor(ctx, step) {
  const all = rows(ctx.doc);
  const marked = markedRow(ctx);
  const opened = marked ? null : openedRow(ctx);
  let index;
  if (marked) index = all.indexOf(marked) + step;
  else if (ctx.last?.path === here(ctx)) index = step > 0 ? ctx.last.index : ctx.last.index - 1; // its row is gone
  else index = opened ? all.indexOf(opened) + step : 0;
  placeCursor(ctx, all[Math.max(0, Math.min(index, all.length - 1))], true);
  return true;
}

/** aria-current marks the cursor (it is not a selection: the checkboxes are); focus makes screen readers say the row. */
function placeCursor(ctx, row, focus) {
  for (const other of ctx.doc.querySelectorAll(`${ROWS}[aria-current]`)) {
    other.removeAttribute('aria-current');
    other.classList.remove('current');
  }
  row.setAttribute('aria-current', 'true');
  row.classList.add('current');
  ctx.last = { path: here(ctx), index: rows(ctx.doc).indexOf(row) };
  if (!focus) return;
  row.setAttribute('tabindex', '-1');
  row.focus();
  row.scrollIntoView?.({ block: 'nearest' });
}

/** Back on a list after reading: the cursor shows on the message that was open (without taking focus). */
function restoreCursor(ctx) {
  if (markedRow(ctx)) return;
  const row = openedRow(ctx);
  if (row) placeCursor(ctx, row, false);
}

// --- moving on from a message page -------------------------------------------------------------------------------

function rememberList(ctx, link) {
  const items = rows(ctx.doc).map((row) => row.querySelector(ROW_LINK)?.getAttribute('href')).filter(Boolean);
  writeList(ctx, { items, opened: link.getAttribute('href') });
}

/**
 * j: the next (older) message; k: the previous one. Nothing at either end. With the reading pane the list beside
 * the message marks the open row (aria-current) and gives the neighbour; else the list it was opened from does.
 */
function goToNeighbour(ctx, step) {
  if (!reading(ctx)) return false;
  const paneRows = rows(ctx.doc);
  const open = paneRows.find((row) => row.getAttribute('aria-current') === 'true');
  if (open) {
    const link = paneRows[paneRows.indexOf(open) + step]?.querySelector(ROW_LINK);
    if (!link) return false;
    rememberList(ctx, link);
    return clickLink(link);
  }
  const list = readList(ctx);
  const at = list?.items.findIndex((href) => sameHref(ctx, href, here(ctx))) ?? -1;
  const target = at >= 0 ? list.items[at + step] : null;
  if (!target) return false;
  writeList(ctx, { ...list, opened: target });
  return go(ctx, target);
}

// --- small pieces ----------------------------------------------------------------------------------------------

/** Follows a link of the page when there is one (so other enhancements see the click), else navigates. */
function go(ctx, href) {
  const link = ctx.doc.querySelector(`a[href="${href}"]`);
  if (link) link.click(); else ctx.navigate(href);
  return true;
}

function clickLink(link) {
  if (!link) return false;
  link.click();
  return true;
}

function last(doc, selector) {
  const all = doc.querySelectorAll(selector);
  return all[all.length - 1] ?? null;
}

function sameHref(ctx, a, b) {
  if (!a || !b) return false;
  const base = ctx.location?.href ?? 'https://webmail.invalid/';
  const ua = new URL(a, base);
  const ub = new URL(b, base);
  return ua.pathname === ub.pathname && ua.search === ub.search;
}

/**
 * Runs an action-bar button: on a list, for the checked rows or else the cursor's row (checked for it, as a person
 * would); on a message page, the read view's own form. {@code choose(row)} names the button's value (or values to try).
 */
function act(ctx, choose) {
  const doc = ctx.doc;
  const listForm = doc.querySelector('form[data-message-actions]');
  if (listForm && hasRows(ctx)) {
    const checked = [...listForm.querySelectorAll('tr[data-uid] input[name="uid"]')].filter((box) => box.checked);
    const cursor = currentRow(ctx);
    const base = checked.length ? (cursor?.querySelector('input[name="uid"]')?.checked ? cursor : checked[0].closest('tr')) : cursor;
    if (!base) return false;
    const button = buttonFor(listForm, choose(base));
    if (!button) return false;
    if (!checked.length) {
      const box = base.querySelector('input[name="uid"]');
      if (!box) return false;
      box.checked = true;
    }
    button.click();
    return true;
  }
  const single = doc.querySelector('main.read form.message-actions');
  const button = single && buttonFor(single, choose(null));
  if (!button) return false;
  button.click();
  return true;
}

function buttonFor(form, values) {
  for (const value of [values].flat()) {
    const button = form.querySelector(`button[name="action"][value="${value}"]`);
    if (button) return button;
  }
  return null;
}

function sessionStore(view) {
  try {
    return view?.sessionStorage ?? null;
  } catch {
    return null; // storage refused (privacy settings): j/k on message pages just do nothing
  }
}

function readList(ctx) {
  try {
    const list = JSON.parse(ctx.storage?.getItem(LIST_KEY) ?? 'null');
    return list && Array.isArray(list.items) ? list : null;
  } catch {
    return null;
  }
}

function writeList(ctx, list) {
  try {
    ctx.storage?.setItem(LIST_KEY, JSON.stringify(list));
  } catch {
    // full or refused: only j/k on the message page lose their way
  }
}
