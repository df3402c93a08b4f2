import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { enhanceLiveUpdates } from '../src/live-updates.js';

const ROW = (uid, subject, unseen) => `<tr class="${unseen ? 'unseen' : ''}" data-uid="${uid}" data-folder="INBOX">`
  + '<td class="from">Bob</td><td class="subject"><a href="/mail/INBOX/' + uid + '">' + subject + '</a>'
  + (unseen ? '<span class="badge unread-mark">unread</span>' : '') + '</td><td class="date"></td><td class="size"></td></tr>';

// What tags/liveTexts.html renders on the main element: the script's words, in the page's language.
const ENGLISH = 'data-text-new-from="New message from" data-text-unknown-sender="an unknown sender" data-text-no-subject="(no subject)" '
  + 'data-text-gone="This message has been moved or deleted on another device." data-text-unread="unread" '
  + 'data-text-flagged-title="Flagged" data-text-flagged=" flagged" data-text-answered-title="Answered" data-text-answered=" answered" '
  + 'data-text-message-one="message" data-text-message-other="messages" data-text-unread-one="unread" data-text-unread-other="unread" '
  + 'data-text-app="Webmail"';
const PORTUGUESE = 'data-text-new-from="Nova mensagem de" data-text-unknown-sender="um remetente desconhecido" '
  + 'data-text-no-subject="(sem assunto)" data-text-gone="Esta mensagem foi movida ou excluída em outro dispositivo." '
  + 'data-text-unread="não lida" data-text-flagged-title="Com estrela" data-text-flagged=" com estrela" '
  + 'data-text-answered-title="Respondida" data-text-answered=" respondida" data-text-message-one="mensagem" '
  + 'data-text-message-other="mensagens" data-text-unread-one="não lida" data-text-unread-other="não lidas" data-text-app="Webmail"';

function listPage({ page = 1, rows = [ROW(7, 'Older', false), ROW(6, 'Oldest', true)], words = ENGLISH } = {}) {
  const { document } = parseHTML(`<!DOCTYPE html><html><head><title>Inbox (1) · Webmail</title></head><body>
    <div class="mailbox"><nav class="folders"><ul>
      <li class="folder" data-path="INBOX"><a href="/mail/INBOX"><span class="name">Inbox</span> <span class="unread" title="1 unread">1</span></a></li>
      <li class="folder" data-path="Trash"><a href="/mail/Trash"><span class="name">Trash</span></a></li>
    </ul></nav>
    <main class="list" data-folder="INBOX" data-page="${page}" ${words}><h1>Inbox</h1><p class="count">2 messages, 1 unread</p>
      <table class="messages" id="message-list"><tbody>${rows.join('')}</tbody></table></main></div></body></html>`);
  return document;
}

class FakeEventSource {
  static last;
  constructor(url) {
    this.url = url;
    this.listeners = {};
    FakeEventSource.last = this;
  }
  addEventListener(name, listener) {
    (this.listeners[name] ||= []).push(listener);
  }
  push(name, data) {
    (this.listeners[name] || []).forEach((l) => l({ data: JSON.stringify(data) }));
  }
}

const live = (doc, options = {}) => enhanceLiveUpdates(doc, { EventSourceImpl: FakeEventSource, ...options });
const uids = (doc) => [...doc.querySelectorAll('#message-list tbody tr')].map((tr) => tr.dataset.uid);

test('listens to the events of the folder the page shows', () => {
  const source = live(listPage());
  assert.equal(source.url, '/events?folder=INBOX');
});

test('does nothing on pages without a folder, or without EventSource', () => {
  const { document } = parseHTML('<html><body><main class="compose"></main></body></html>');
  assert.equal(live(document), null);
  assert.equal(enhanceLiveUpdates(listPage(), { EventSourceImpl: undefined }), null);
});

test('puts a new message at the top of the first page and announces it', () => {
  const doc = listPage();
  live(doc).push('message-new', { folder: 'INBOX', uid: 8, seen: false, from: 'Carol', subject: 'Lunch?', html: ROW(8, 'Lunch?', true) });
  assert.deepEqual(uids(doc), ['8', '7', '6']);
  assert.equal(doc.querySelector('[role=status]').textContent, 'New message from Carol: Lunch?');
});

test('adds no row on later pages, nor twice', () => {
  const later = listPage({ page: 2 });
  live(later).push('message-new', { folder: 'INBOX', uid: 8, seen: false, from: 'Carol', subject: 'x', html: ROW(8, 'x', true) });
  assert.deepEqual(uids(later), ['7', '6']);
  const first = listPage();
  const source = live(first);
  source.push('message-new', { folder: 'INBOX', uid: 7, seen: true, html: ROW(7, 'Older', false) });
  assert.deepEqual(uids(first), ['7', '6']);
});

test('marks flags on the row: classes and badges', () => {
  const doc = listPage();
  const source = live(doc);
  source.push('message-flags', { folder: 'INBOX', uid: 6, seen: true, flagged: true, answered: true });
  const row = doc.querySelector('tr[data-uid="6"]');
  assert.equal(row.classList.contains('unseen'), false);
  assert.equal(row.classList.contains('flagged'), true);
  assert.equal(row.querySelector('.unread-mark'), null);
  assert.deepEqual([...row.querySelectorAll('.badge')].map((b) => b.className), ['badge flag-mark', 'badge answered-mark']);
  source.push('message-flags', { folder: 'INBOX', uid: 6, seen: false, flagged: false, answered: true });
  assert.deepEqual([...row.querySelectorAll('.badge')].map((b) => b.className), ['badge unread-mark', 'badge answered-mark']);
});

test('removes a row that left the folder', () => {
  const doc = listPage();
  live(doc).push('message-gone', { folder: 'INBOX', uid: 7 });
  assert.deepEqual(uids(doc), ['6']);
});

test('updates unread counts in the folder tree, the heading count and the tab title', () => {
  const doc = listPage();
  live(doc).push('folder-counts', { folders: [{ path: 'INBOX', unread: 3, total: 4 }, { path: 'Trash', unread: 2, total: 2 }] });
  assert.equal(doc.querySelector('li[data-path="INBOX"] .unread').textContent, '3');
  assert.equal(doc.querySelector('li[data-path="Trash"] .unread').textContent, '2');
  assert.equal(doc.title, 'Inbox (3) · Webmail');
  assert.equal(doc.querySelector('p.count').textContent, '4 messages, 3 unread');
  FakeEventSource.last.push('folder-counts', { folders: [{ path: 'INBOX', unread: 0, total: 4 }] });
  assert.equal(doc.querySelector('li[data-path="INBOX"] .unread'), null);
  assert.equal(doc.title, 'Inbox · Webmail');
});

test('ignores events of another folder', () => {
  const doc = listPage();
  live(doc).push('message-gone', { folder: 'Trash', uid: 7 });
  assert.deepEqual(uids(doc), ['7', '6']);
});

test('on resync loads the list again and swaps it in', async () => {
  const doc = listPage();
  const fresh = listPage({ rows: [ROW(9, 'Newest', true), ROW(7, 'Older', false)] }).documentElement.outerHTML;
  let asked;
  live(doc, { fetchPage: async (url) => { asked = url; return fresh; } }).push('resync', { folder: 'INBOX' });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.ok(asked);
  assert.deepEqual(uids(doc), ['9', '7']);
});

test('on the read page, says so when the open message is moved or deleted elsewhere', () => {
  const { document } = parseHTML(`<html><body><main class="read" data-folder="INBOX" data-uid="7" ${ENGLISH}><article></article></main></body></html>`);
  const source = live(document);
  source.push('message-gone', { folder: 'INBOX', uid: 8 });
  assert.equal(document.querySelector('.gone-notice'), null);
  source.push('message-gone', { folder: 'INBOX', uid: 7 });
  assert.equal(document.querySelector('.gone-notice').textContent, 'This message has been moved or deleted on another device.');
});

test('writes the words the page gives it: a Portuguese page gets Portuguese counts, badges and announcements', () => {
  const doc = listPage({ words: PORTUGUESE });
  const source = live(doc);
  source.push('message-new', { folder: 'INBOX', uid: 8, seen: false, from: '', subject: '', html: ROW(8, '', true) });
  assert.equal(doc.querySelector('[role=status]').textContent, 'Nova mensagem de um remetente desconhecido: (sem assunto)');
  source.push('folder-counts', { folders: [{ path: 'INBOX', unread: 1, total: 1 }] });
  assert.equal(doc.querySelector('p.count').textContent, '1 mensagem, 1 não lida');
  source.push('folder-counts', { folders: [{ path: 'INBOX', unread: 2, total: 3 }] });
  assert.equal(doc.querySelector('p.count').textContent, '3 mensagens, 2 não lidas');
  assert.equal(doc.querySelector('li[data-path="INBOX"] .unread').title, '2 não lidas');
  source.push('message-flags', { folder: 'INBOX', uid: 7, seen: false, flagged: true, answered: false });
  const row = doc.querySelector('tr[data-uid="7"]');
  assert.equal(row.querySelector('.unread-mark').textContent, 'não lida');
  assert.equal(row.querySelector('.flag-mark').title, 'Com estrela');
  assert.equal(row.querySelector('.flag-mark .sr-only').textContent, ' com estrela');
});

test('beside an open message, new mail joins the reading pane\'s list on its first page, without a selection box', () => {
  const pane = (page) => parseHTML(`<!DOCTYPE html><html><body><div class="mailbox">
    <section class="list-pane" data-region="list" data-folder="INBOX" data-page="${page}"><table class="messages" id="message-list"><tbody>
      <tr data-uid="7" aria-current="true"><td class="from">Bob</td><td class="subject"><a href="/mail/INBOX/7">Older</a></td></tr></tbody></table></section>
    <main class="read" data-folder="INBOX" data-uid="7" data-region="reading"><h1>Older</h1></main></div></body></html>`).document;
  const selectable = (uid) => `<tr class="unseen" data-uid="${uid}" data-folder="INBOX" draggable="true"><td class="select"><input type="checkbox" name="uid" value="${uid}"></td>`
    + `<td class="from">Carol</td><td class="subject"><a href="/mail/INBOX/${uid}">Lunch?</a></td></tr>`;
  const doc = pane(1);
  live(doc).push('message-new', { folder: 'INBOX', uid: 8, seen: false, from: 'Carol', subject: 'Lunch?', html: selectable(8) });
  assert.deepEqual(uids(doc), ['8', '7']);
  assert.equal(doc.querySelector('tr[data-uid="8"] td.select'), null);
  assert.equal(doc.querySelector('tr[data-uid="8"]').hasAttribute('draggable'), false);
  const later = pane(2);
  live(later).push('message-new', { folder: 'INBOX', uid: 8, seen: false, from: 'Carol', subject: 'Lunch?', html: selectable(8) });
  assert.deepEqual(uids(later), ['7']);
});
