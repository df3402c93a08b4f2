import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { attachMessageActions, folderOfLink, formBody, updateRows } from '../src/message-actions.js';

const PAGE = `<!DOCTYPE html><html><body>
  <p class="flash" role="status" data-notice></p>
  <nav class="folders"><a href="/mail/INBOX">INBOX</a><a href="/mail/Projects/2026%20Q1">2026 Q1</a></nav>
  <form method="post" action="/mail/INBOX/actions" data-message-actions data-text-unread="não lida" data-text-drag-failed="Não foi possível mover as mensagens; use o botão Mover.">
    <input type="hidden" name="csrf" value="token-1"><input type="hidden" name="back" value="/mail/INBOX">
    <button type="submit" name="action" value="read">Mark read</button>
    <select name="target"><option value="">Choose</option><option value="Projects">Projects</option></select>
    <a href="/mail/INBOX?page=1&select=all" data-select-all data-select-all-text="Selecionar todas desta página" data-clear-selection-text="Limpar a seleção">Selecionar todas desta página</a>
    <table><tbody>
      <tr class="unseen" data-uid="7"><td><input type="checkbox" name="uid" value="7"></td><td class="subject"><a href="/mail/INBOX/7">Seven</a> <span class="badge unread-mark">unread</span></td></tr>
      <tr class="unseen" data-uid="8"><td><input type="checkbox" name="uid" value="8"></td><td class="subject"><a href="/mail/INBOX/8">Eight</a> <span class="badge unread-mark">unread</span></td></tr>
      <tr class="flagged" data-uid="9"><td><input type="checkbox" name="uid" value="9"></td><td class="subject"><a href="/mail/INBOX/9">Nine</a> <span class="badge flag-mark">★</span></td></tr>
    </tbody></table>
  </form></body></html>`;

const json = (answer) => ({ ok: true, status: 200, headers: { get: () => 'application/json' }, json: async () => answer });

function rig(answers, confirmations = []) {
  const { document, Event } = parseHTML(PAGE);
  const form = document.querySelector('form');
  const posted = [];
  const asked = [];
  attachMessageActions(form, {
    fetch: async (url, init) => { posted.push({ url, init, body: new URLSearchParams(init.body) }); return answers.shift(); },
    confirm: (question) => { asked.push(question); return confirmations.shift(); },
  });
  const check = (...uids) => uids.forEach((uid) => { form.querySelector(`input[value="${uid}"]`).checked = true; });
  const press = async (value) => {
    const event = new Event('submit', { cancelable: true });
    event.submitter = { name: 'action', value };
    form.dispatchEvent(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { document, form, posted, asked, check, press, Event };
}

test('the body carries the checked rows, the hidden fields, the folder choice and the pressed button', () => {
  const { form, check } = rig([]);
  check(7, 9);
  form.querySelector('option[value="Projects"]').setAttribute('selected', '');
  const body = formBody(form, { name: 'action', value: 'move' });
  assert.deepEqual(body.getAll('uid'), ['7', '9']);
  assert.equal(body.get('csrf'), 'token-1');
  assert.equal(body.get('back'), '/mail/INBOX');
  assert.equal(body.get('target'), 'Projects');
  assert.equal(body.get('action'), 'move');
});

test('an action posts with fetch and the CSRF header, then marks the rows read and says so', async () => {
  const r = rig([json({ done: 2, action: 'read', uids: [7, 8], missing: [], notice: '2 messages marked as read.', removed: false })]);
  r.check(7, 8);
  await r.press('read');
  const { url, init, body } = r.posted[0];
  assert.equal(url, '/mail/INBOX/actions');
  assert.equal(init.method, 'POST');
  assert.equal(init.headers['X-Requested-With'], 'fetch');
  assert.equal(init.headers['X-CSRF-Token'], 'token-1');
  assert.deepEqual(body.getAll('uid'), ['7', '8']);
  assert.equal(body.get('action'), 'read');
  const row = r.document.querySelector('tr[data-uid="7"]');
  assert.ok(!row.classList.contains('unseen'));
  assert.equal(row.querySelector('.unread-mark'), null);
  assert.equal(row.querySelector('input').checked, false, 'the row is unticked after the action');
  assert.equal(r.document.querySelector('[data-notice]').textContent, '2 messages marked as read.');
});

test('moved rows and rows already gone elsewhere leave the list', async () => {
  const r = rig([json({ done: 1, action: 'move', uids: [7], missing: [8], notice: '1 message moved to Projects.', removed: true })]);
  r.check(7, 8);
  await r.press('move');
  assert.equal(r.document.querySelector('tr[data-uid="7"]'), null);
  assert.equal(r.document.querySelector('tr[data-uid="8"]'), null);
  assert.ok(r.document.querySelector('tr[data-uid="9"]'));
});

test('flag and unflag toggle the class and the star badge', () => {
  const { document, form } = rig([]);
  updateRows(form, { action: 'flag', uids: [7] });
  updateRows(form, { action: 'unflag', uids: [9] });
  updateRows(form, { action: 'unread', uids: [9] });
  assert.ok(document.querySelector('tr[data-uid="7"]').classList.contains('flagged'));
  assert.equal(document.querySelector('tr[data-uid="7"] .flag-mark').textContent, '★');
  assert.ok(!document.querySelector('tr[data-uid="9"]').classList.contains('flagged'));
  assert.equal(document.querySelector('tr[data-uid="9"] .flag-mark'), null);
  assert.ok(document.querySelector('tr[data-uid="9"]').classList.contains('unseen'));
  assert.equal(document.querySelector('tr[data-uid="9"] .unread-mark').textContent, 'não lida'); // the page's word
});

test('a problem is shown as such and changes no row', async () => {
  const r = rig([json({ done: 0, action: 'move', uids: [], missing: [], notice: 'There is no folder "X".', problem: true })]);
  r.check(7);
  await r.press('move');
  assert.ok(r.document.querySelector('tr[data-uid="7"]'));
  assert.ok(r.document.querySelector('[data-notice]').classList.contains('problem'));
});

test('deleting for good asks first and posts again with confirm only when the person agrees', async () => {
  const question = { done: 0, action: 'delete', uids: [], missing: [], notice: 'Delete these 2 messages from Trash for good?', confirm: true };
  const r = rig([json(question), json({ done: 2, action: 'delete', uids: [7, 8], missing: [], notice: '2 messages deleted for good.', removed: true }),
    json(question)], [true, false]);
  r.check(7, 8);
  await r.press('delete');
  assert.deepEqual(r.asked, ['Delete these 2 messages from Trash for good?']);
  assert.equal(r.posted[1].body.get('confirm'), 'yes');
  assert.equal(r.document.querySelector('tr[data-uid="7"]'), null);

  r.check(9);
  await r.press('delete');
  assert.equal(r.posted.length, 3, 'declined: no second post');
  assert.ok(r.document.querySelector('tr[data-uid="9"]'));
});

test('select all ticks every row of the page without leaving it, and a second click clears them', () => {
  const { document, Event } = rig([]);
  const link = document.querySelector('[data-select-all]');
  const click = new Event('click', { cancelable: true });
  link.dispatchEvent(click);
  assert.ok(click.defaultPrevented);
  assert.equal(document.querySelectorAll('input[name="uid"]').length, 3);
  assert.ok([...document.querySelectorAll('input[name="uid"]')].every((box) => box.checked));
  link.dispatchEvent(new Event('click', { cancelable: true }));
  assert.ok([...document.querySelectorAll('input[name="uid"]')].every((box) => !box.checked));
});

test('a row dropped on a folder of the tree is moved there; checked rows travel together', async () => {
  const r = rig([json({ done: 2, action: 'move', uids: [7, 9], missing: [], notice: '2 messages moved to Projects/2026 Q1.', removed: true })]);
  r.check(7, 9);
  const data = new Map();
  const transfer = { setData: (t, v) => data.set(t, v), getData: (t) => data.get(t), get types() { return [...data.keys()]; } };
  const start = new r.Event('dragstart', { bubbles: true });
  start.dataTransfer = transfer;
  r.document.querySelector('tr[data-uid="9"] td').dispatchEvent(start);
  const drop = new r.Event('drop', { cancelable: true });
  drop.dataTransfer = transfer;
  r.document.querySelector('nav.folders a[href^="/mail/Projects"]').dispatchEvent(drop);
  await new Promise((resolve) => setTimeout(resolve, 0));

  const { body } = r.posted[0];
  assert.deepEqual(body.getAll('uid'), ['7', '9']);
  assert.equal(body.get('action'), 'move');
  assert.equal(body.get('target'), 'Projects/2026 Q1');
  assert.equal(r.document.querySelector('tr[data-uid="9"]'), null);
});

test('a folder link names its path with each level decoded', () => {
  assert.equal(folderOfLink('/mail/Projects/2026%20Q1'), 'Projects/2026 Q1');
  assert.equal(folderOfLink('/mail/Caf%C3%A9'), 'Café');
  assert.equal(folderOfLink('/settings'), null);
});

test('select all checks every row and offers to clear, in the words the page gives', () => {
  const r = rig([]);
  const link = r.document.querySelector('[data-select-all]');
  link.dispatchEvent(new r.Event('click', { cancelable: true }));
  assert.ok([...r.document.querySelectorAll('input[name="uid"]')].every((box) => box.checked));
  assert.equal(link.textContent, 'Limpar a seleção');
  link.dispatchEvent(new r.Event('click', { cancelable: true }));
  assert.ok([...r.document.querySelectorAll('input[name="uid"]')].every((box) => !box.checked));
  assert.equal(link.textContent, 'Selecionar todas desta página');
});

test('archiving the row that holds the focus moves the focus to the row that took its place, else the one before', () => {
  const { document, form } = rig([]);
  const row = (uid) => document.querySelector(`tr[data-uid="${uid}"]`);
  // linkedom keeps no focus: give the rows a browser's focus() and the document its activeElement.
  let focused = null;
  Object.defineProperty(document, 'activeElement', { get: () => focused, configurable: true });
  for (const tr of document.querySelectorAll('tr[data-uid]')) tr.focus = function focus() { focused = this; };
  row(8).focus();
  updateRows(form, { action: 'archive', uids: [8], removed: true });
  assert.equal(document.activeElement, row(9));
  updateRows(form, { action: 'archive', uids: [9], removed: true });
  assert.equal(document.activeElement, row(7));
});
