import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { bindShortcuts, isTextField } from '../src/keyboard-shortcuts.js';
import { commandFor } from '../src/keymap.js';

const LIST = `<!DOCTYPE html><html><body>
  <header><a class="write" href="/compose">Write</a>
    <form role="search" action="/search"><input id="search-q" type="search" name="q"><select name="scope"><option>x</option></select></form></header>
  <nav class="folders"><a href="/mail/INBOX">Inbox</a></nav>
  <main class="list">
  <form method="post" action="/mail/INBOX/actions" data-message-actions>
    <div class="action-bar">
      <button type="submit" name="action" value="read">Mark read</button><button type="submit" name="action" value="unread">Mark unread</button>
      <button type="submit" name="action" value="flag">Flag</button><button type="submit" name="action" value="unflag">Unflag</button>
      <button type="submit" name="action" value="archive">Archive</button><button type="submit" name="action" value="delete">Delete</button>
    </div>
    <table class="messages"><tbody>
      <tr data-uid="7"><td><input type="checkbox" name="uid" value="7"></td><td class="subject"><a href="/mail/INBOX/7">Seven</a></td></tr>
      <tr data-uid="8" class="flagged"><td><input type="checkbox" name="uid" value="8"></td><td class="subject"><a href="/mail/INBOX/8">Eight</a></td></tr>
      <tr data-uid="9"><td><input type="checkbox" name="uid" value="9"></td><td class="subject"><a href="/mail/INBOX/9">Nine</a></td></tr>
    </tbody></table>
  </form></main>
  <textarea id="notes"></textarea><div id="editor" contenteditable="true"><p>x</p></div>
  <dialog id="keyboard-help"><h2>Keyboard shortcuts</h2></dialog>
</body></html>`;

const MESSAGE = `<!DOCTYPE html><html><body>
  <main class="read" data-uid="8"><p class="back"><a href="/mail/INBOX">← Inbox</a></p>
    <p class="actions"><a href="/compose?reply=INBOX%2F8">Reply</a> <a href="/compose?replyAll=INBOX%2F8">Reply all</a>
      <a href="/compose?forward=INBOX%2F8">Forward</a></p>
    <form method="post" action="/mail/INBOX/actions" class="message-actions single">
      <button type="submit" name="action" value="unread">Mark unread</button><button type="submit" name="action" value="unflag">Unflag</button>
      <button type="submit" name="action" value="archive">Archive</button><button type="submit" name="action" value="delete">Delete</button>
    </form></main>
</body></html>`;

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)) };
}

function rig(html = LIST, { path = '/mail/INBOX', storage = memoryStorage(), timeout } = {}) {
  const { document, Event } = parseHTML(html);
  const visited = [];
  const clicked = [];
  // linkedom follows no links and submits no forms: record what a browser would have done.
  document.addEventListener('click', (event) => {
    const target = event.target;
    clicked.push(target.tagName === 'BUTTON' ? `button:${target.getAttribute('value')}` : target.getAttribute('href'));
    if (target.tagName === 'A') event.preventDefault();
  });
  const location = { pathname: path, search: '', href: `https://mail.test${path}` };
  bindShortcuts(document, { navigate: (href) => visited.push(href), location, storage, timeout });
  const press = (key, { target = document.body, ...mods } = {}) => {
    const event = new Event('keydown', { bubbles: true, cancelable: true });
    Object.assign(event, { key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mods });
    target.dispatchEvent(event);
    return event;
  };
  const cursor = () => document.querySelector('tr[aria-current="true"]')?.dataset.uid ?? null;
  return { document, press, cursor, clicked, visited, storage };
}

test('the key map names Gmail commands, capitals for Shift, and g as the start of a sequence', () => {
  assert.equal(commandFor('j'), 'next');
  assert.equal(commandFor('I'), 'markRead');
  assert.equal(commandFor('U'), 'markUnread');
  assert.equal(commandFor('#'), 'delete');
  assert.deepEqual(commandFor('g'), { prefix: 'g' });
  assert.equal(commandFor('i', 'g'), 'inbox');
  assert.equal(commandFor('q'), null);
});

test('j and k move a visible cursor over the list rows and stop at the ends', () => {
  const { press, cursor, document } = rig();
  assert.equal(cursor(), null);
  assert.equal(press('j').defaultPrevented, true);
  assert.equal(cursor(), '7');
  press('j');
  assert.equal(cursor(), '8');
  assert.ok(document.querySelector('tr[data-uid="8"]').classList.contains('current'));
  assert.equal(document.querySelectorAll('tr[aria-current]').length, 1, 'one cursor only');
  press('j'); press('j');
  assert.equal(cursor(), '9', 'stays on the last row');
  press('k'); press('k'); press('k');
  assert.equal(cursor(), '7', 'stays on the first row');
});

test('o and Enter open the row under the cursor through its link', () => {
  const { press, clicked } = rig();
  press('j'); press('j'); press('o');
  assert.deepEqual(clicked, ['/mail/INBOX/8']);
  press('Enter');
  assert.deepEqual(clicked, ['/mail/INBOX/8', '/mail/INBOX/8']);
});

test('Enter on a link or button is left to the browser', () => {
  const { press, clicked, document } = rig();
  press('j');
  const event = press('Enter', { target: document.querySelector('button[value="read"]') });
  assert.equal(event.defaultPrevented, false);
  assert.deepEqual(clicked, []);
});

test('shortcuts never fire in text fields, selects or editors, nor with Ctrl, Alt or Meta', () => {
  const { press, cursor, clicked, visited, document } = rig();
  for (const id of ['search-q', 'notes']) {
    const event = press('j', { target: document.getElementById(id) });
    assert.equal(event.defaultPrevented, false);
  }
  press('c', { target: document.querySelector('select') });
  press('c', { target: document.querySelector('#editor p') });
  press('j', { ctrlKey: true }); press('j', { altKey: true }); press('j', { metaKey: true });
  press('c', { ctrlKey: true });
  assert.equal(cursor(), null);
  assert.deepEqual(clicked, []);
  assert.deepEqual(visited, []);
  assert.equal(isTextField(document.querySelector('input[type="checkbox"]')), false, 'a checkbox is not a text field');
  press('j', { target: document.querySelector('input[type="checkbox"]') });
  assert.equal(cursor(), '7', 'and keys still work while one has focus');
});

test('g then i goes to the inbox; g alone waits only so long', async () => {
  const { press, clicked } = rig(LIST, { timeout: 20 });
  press('g'); press('i');
  assert.deepEqual(clicked, ['/mail/INBOX'], 'through the folder link of the page');
  press('g');
  await new Promise((resolve) => setTimeout(resolve, 40));
  press('i');
  assert.deepEqual(clicked, ['/mail/INBOX'], 'an i long after g is no shortcut');
  press('g'); press('x'); press('i');
  assert.deepEqual(clicked, ['/mail/INBOX'], 'another key ends the sequence');
});

test('? opens the shortcut list and other keys wait while it is open', () => {
  const { press, document, cursor } = rig();
  const dialog = document.getElementById('keyboard-help');
  assert.equal(dialog.hasAttribute('open'), false);
  press('?', { shiftKey: true });
  assert.equal(dialog.hasAttribute('open'), true);
  press('j');
  assert.equal(cursor(), null);
  press('?', { shiftKey: true });
  assert.equal(dialog.hasAttribute('open'), false);
});

test('/ focuses the search box; c writes a new message through the Write link', () => {
  const { press, document, clicked } = rig();
  let focused = null;
  document.getElementById('search-q').focus = function () { focused = this.id; };
  assert.equal(press('/').defaultPrevented, true, 'the slash is not typed into the box');
  assert.equal(focused, 'search-q');
  press('c');
  assert.deepEqual(clicked, ['/compose']);
});

test('actions on the list press the action-bar buttons for the cursor row, or for the checked rows', () => {
  const { press, clicked, document } = rig();
  const box = (uid) => document.querySelector(`input[value="${uid}"]`);
  press('e');
  assert.deepEqual(clicked, [], 'no cursor, nothing checked: nothing to act on');
  press('j');
  press('e');
  assert.deepEqual(clicked, ['button:archive']);
  assert.equal(box(7).checked, true, 'the cursor row is the one the form posts');
  box(7).checked = false;
  press('j');
  press('s');
  assert.equal(clicked.at(-1), 'button:unflag', 's on a flagged row unflags it');
  box(8).checked = false;
  press('k');
  press('s');
  assert.equal(clicked.at(-1), 'button:flag');
  box(7).checked = false;
  press('I', { shiftKey: true });
  assert.equal(clicked.at(-1), 'button:read');
  box(9).checked = true; // a checked row elsewhere: the action is for the checked rows only
  box(7).checked = false;
  press('U', { shiftKey: true });
  assert.equal(clicked.at(-1), 'button:unread');
  assert.equal(box(7).checked, false);
  press('#', { shiftKey: true });
  assert.equal(clicked.at(-1), 'button:delete');
});

test('x checks and unchecks the cursor row', () => {
  const { press, document } = rig();
  press('j'); press('x');
  assert.equal(document.querySelector('input[value="7"]').checked, true);
  press('x');
  assert.equal(document.querySelector('input[value="7"]').checked, false);
});

test('when the cursor row is taken away, j goes on from its place', () => {
  const { press, cursor, document } = rig();
  press('j'); press('j');
  document.querySelector('tr[data-uid="8"]').remove();
  press('j');
  assert.equal(cursor(), '9');
});

test('on a message page: u, r, a, f follow the links; e, s, # press its buttons; j/k go through the list it came from', () => {
  const storage = memoryStorage();
  const list = rig(LIST, { storage });
  list.press('j'); list.press('j'); list.press('o');

  const message = rig(MESSAGE, { path: '/mail/INBOX/8', storage });
  for (const key of ['u', 'r', 'a', 'f', 'e', 's', '#']) message.press(key);
  assert.deepEqual(message.clicked, ['/mail/INBOX', '/compose?reply=INBOX%2F8', '/compose?replyAll=INBOX%2F8',
    '/compose?forward=INBOX%2F8', 'button:archive', 'button:unflag', 'button:delete']);
  message.press('j');
  assert.deepEqual(message.visited, ['/mail/INBOX/9'], 'j: the next (older) message of the list');
  const next = rig(MESSAGE, { path: '/mail/INBOX/9', storage });
  next.press('j');
  assert.deepEqual(next.visited, [], 'nothing after the last one');
  next.press('k');
  assert.deepEqual(next.visited, ['/mail/INBOX/8']);

  const back = rig(LIST, { storage });
  assert.equal(back.cursor(), '8', 'back on the list the cursor is on the message last opened');
  back.press('j');
  assert.equal(back.cursor(), '9');
});

test('binding twice adds no second listener', () => {
  const { document, press, clicked } = rig();
  assert.equal(bindShortcuts(document, {}), null);
  press('c');
  assert.deepEqual(clicked, ['/compose'], 'one click, not two');
});

test('beside the reading pane\'s list, j/k open the neighbours of the open row, not a cursor', () => {
  const PANE = MESSAGE.replace('<main class="read"', `<section class="list-pane"><table class="messages"><tbody>
      <tr data-uid="7"><td class="subject"><a href="/mail/INBOX/7">Seven</a></td></tr>
      <tr data-uid="8" aria-current="true"><td class="subject"><a href="/mail/INBOX/8">Eight</a></td></tr>
      <tr data-uid="9"><td class="subject"><a href="/mail/INBOX/9">Nine</a></td></tr>
    </tbody></table></section><main class="read"`);
  const { press, clicked, document } = rig(PANE, { path: '/mail/INBOX/8' });
  press('j');
  assert.deepEqual(clicked, ['/mail/INBOX/9']);
  press('k');
  assert.deepEqual(clicked, ['/mail/INBOX/9', '/mail/INBOX/7']);
  assert.equal(document.querySelector('tr.current'), null);
});

test('a list swapped in without a page load shows the cursor on the message just read', () => {
  const storage = memoryStorage();
  const { document, press, cursor } = rig(LIST, { path: '/mail/INBOX', storage });
  press('j'); press('j'); press('o');
  const { CustomEvent } = document.defaultView;
  document.querySelectorAll('tr[aria-current]').forEach((row) => row.removeAttribute('aria-current')); // the new list
  document.dispatchEvent(new CustomEvent('webmail:navigated'));
  assert.equal(cursor(), '8');
});
