// textarea[data-editor] becomes a rich-text editor. The textarea stays in the form (hidden) and still carries
// the plain text, so the server always gets a text body; the HTML goes into a hidden "bodyHtml" field.
// Without JavaScript the textarea is the editor.
// The buttons' words come from the page, in its language: data-editor-bold="Negrito" and so on on the textarea.
const BUTTONS = [
  ['editorBold', 'bold'], ['editorItalic', 'italic'], ['editorBulletedList', 'makeUnorderedList'],
  ['editorNumberedList', 'makeOrderedList'], ['editorQuote', 'increaseQuoteLevel'], ['editorUnquote', 'decreaseQuoteLevel'],
  ['editorClearFormatting', 'removeAllFormatting'],
];

export function textToHtml(text) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (text || '').split(/\r?\n/).map((line) => `<div>${line ? escape(line) : '<br>'}</div>`).join('');
}

function hiddenField(form, name, doc) {
  let field = form.querySelector(`input[name="${name}"]`);
  if (!field) {
    field = doc.createElement('input');
    field.type = 'hidden';
    field.name = name;
    form.append(field);
  }
  return field;
}

function toolbar(doc, editor, words) {
  const bar = doc.createElement('div');
  bar.className = 'editor-toolbar';
  bar.setAttribute('role', 'toolbar');
  if (words.editorToolbar) bar.setAttribute('aria-label', words.editorToolbar);
  for (const [key, command] of BUTTONS) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = words[key] || command; // a page without the words still gets working buttons
    button.dataset.command = command;
    button.addEventListener('click', () => { editor[command](); editor.focus(); });
    bar.append(button);
  }
  return bar;
}

/** Replaces one textarea; createEditor(root) returns an editor with getHTML/setHTML/focus and the toolbar commands. */
export function enhanceTextarea(textarea, createEditor, doc = textarea.ownerDocument) {
  const form = textarea.form || textarea.closest('form');
  const html = hiddenField(form, 'bodyHtml', doc);
  const root = doc.createElement('div');
  root.className = 'editor';
  root.setAttribute('role', 'textbox'); // a labelled editable region, as screen readers expect (ARIA 1.2 textbox)
  root.setAttribute('aria-multiline', 'true');
  const label = textarea.getAttribute('aria-label')
    || (textarea.id && doc.querySelector(`label[for="${textarea.id}"]`)?.textContent);
  if (label) root.setAttribute('aria-label', label);
  const editor = createEditor(root);
  // A resumed HTML draft brings its HTML; a plain one (or a reply quoted as text) brings its text.
  editor.setHTML(html.value || textToHtml(textarea.value));
  textarea.hidden = true;
  // A hidden required field would block submitting with a message nobody can see; the server checks the body.
  textarea.required = false;
  textarea.removeAttribute('required');
  textarea.before(toolbar(doc, editor, textarea.dataset), root);
  const sync = () => {
    html.value = editor.getHTML();
    textarea.value = root.innerText ?? root.textContent;
  };
  form.addEventListener('submit', sync);
  form.addEventListener('webmail:before-save', sync);
  return editor;
}

export function enhanceEditors(doc, createEditor) {
  return [...doc.querySelectorAll('textarea[data-editor]')].map((t) => enhanceTextarea(t, createEditor, doc));
}
