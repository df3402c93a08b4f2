import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { enhanceEditors, textToHtml } from '../src/rich-text-editor.js';

const WORDS = 'data-editor-toolbar="Formatting" data-editor-bold="Bold" data-editor-italic="Italic" '
  + 'data-editor-bulleted-list="Bulleted list" data-editor-numbered-list="Numbered list" data-editor-quote="Quote" '
  + 'data-editor-unquote="Unquote" data-editor-clear-formatting="Clear formatting"';

function page(extra = '', words = WORDS) {
  const { document, Event } = parseHTML(`<!DOCTYPE html><html><body><form action="/compose" method="post">
    <input type="hidden" name="csrf" value="t">${extra}<label for="body">Message</label>
    <textarea id="body" name="body" data-editor required ${words}></textarea></form></body></html>`);
  document.querySelector('textarea').value = 'Hello <Ann>\nsecond line';
  return { document, Event };
}

// Stands in for Squire: keeps its HTML in the root element, as Squire does, and remembers commands.
function fakeEditor(commands) {
  return (root) => ({
    setHTML(html) { root.innerHTML = html; },
    getHTML() { return root.innerHTML; },
    focus() {},
    bold() { commands.push('bold'); },
  });
}

test('plain text becomes one block per line, escaped', () => {
  assert.equal(textToHtml('a < b\n\nc'), '<div>a &lt; b</div><div><br></div><div>c</div>');
});

test('the textarea is hidden behind an editor that starts with its text', () => {
  const { document } = page();
  enhanceEditors(document, fakeEditor([]));
  const textarea = document.querySelector('textarea');
  assert.equal(textarea.hidden, true);
  assert.equal(textarea.hasAttribute('required'), false);
  assert.equal(document.querySelector('.editor').innerHTML, '<div>Hello &lt;Ann&gt;</div><div>second line</div>');
  assert.deepEqual([...document.querySelectorAll('.editor-toolbar button')].map((b) => b.textContent),
    ['Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Quote', 'Unquote', 'Clear formatting']);
  assert.equal(document.querySelector('.editor-toolbar').getAttribute('aria-label'), 'Formatting');
  assert.equal(document.querySelector('.editor').getAttribute('aria-label'), 'Message');
});

test('the toolbar speaks the language of the page it is on', () => {
  const { document } = page('', 'data-editor-bold="Negrito" data-editor-italic="Itálico" aria-label="Mensagem"');
  enhanceEditors(document, fakeEditor([]));
  const labels = [...document.querySelectorAll('.editor-toolbar button')].map((b) => b.textContent);
  assert.deepEqual(labels.slice(0, 2), ['Negrito', 'Itálico']);
  assert.equal(document.querySelector('.editor').getAttribute('aria-label'), 'Mensagem');
});

test('the editor is announced as a labelled multi-line text box (its aria-label needs a role)', () => {
  const { document } = page();
  enhanceEditors(document, fakeEditor([]));
  const editor = document.querySelector('.editor');
  assert.equal(editor.getAttribute('role'), 'textbox');
  assert.equal(editor.getAttribute('aria-multiline'), 'true');
  assert.equal(editor.getAttribute('aria-label'), 'Message');
});

test('on submit the HTML goes into bodyHtml and the text stays in the textarea', () => {
  const { document, Event } = page();
  enhanceEditors(document, fakeEditor([]));
  const root = document.querySelector('.editor');
  root.innerHTML = '<div><b>Bold</b> news</div>';
  const form = document.querySelector('form');
  form.dispatchEvent(new Event('submit'));
  assert.equal(form.querySelector('input[name="bodyHtml"]').value, '<div><b>Bold</b> news</div>');
  assert.equal(form.querySelector('textarea').value, 'Bold news');
});

test('autosave asks the editor for its content too', () => {
  const { document, Event } = page();
  enhanceEditors(document, fakeEditor([]));
  document.querySelector('.editor').innerHTML = '<div>draft</div>';
  document.querySelector('form').dispatchEvent(new Event('webmail:before-save'));
  assert.equal(document.querySelector('input[name="bodyHtml"]').value, '<div>draft</div>');
});

test('a resumed HTML draft opens with its HTML, and toolbar buttons run editor commands', () => {
  const { document } = page('<input type="hidden" name="bodyHtml" value="<div><i>kept</i></div>">');
  const commands = [];
  enhanceEditors(document, fakeEditor(commands));
  assert.equal(document.querySelector('.editor').innerHTML, '<div><i>kept</i></div>');
  assert.equal(document.querySelectorAll('input[name="bodyHtml"]').length, 1);
  document.querySelector('button[data-command="bold"]').click();
  assert.deepEqual(commands, ['bold']);
});
