// Turns HTML (a resumed draft, a paste) into DOM nodes the editor may hold. Squire requires such a function
// (it never inserts raw HTML itself). The server sanitises again before sending: this only keeps the editor
// from running scripts or loading remote content while the user writes.
const ALLOWED = new Set(['A', 'B', 'BLOCKQUOTE', 'BR', 'CODE', 'DIV', 'EM', 'H1', 'H2', 'H3', 'HR', 'I', 'IMG', 'LI',
  'OL', 'P', 'PRE', 'S', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'U', 'UL']);
// Content of these is dropped with them; any other unknown element is unwrapped so its text survives.
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'SVG', 'MATH',
  'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'LINK', 'META', 'TITLE', 'HEAD']);

export function safeUrl(value, forImage) {
  const url = (value || '').trim();
  if (forImage) return /^(data:image\/(png|gif|jpeg|webp);base64,|cid:)/i.test(url) ? url : null;
  return /^(https?:|mailto:)/i.test(url) ? url : null;
}

function cleanAttributes(element) {
  for (const { name, value } of [...element.attributes]) {
    const keep = (element.tagName === 'A' && name === 'href' && safeUrl(value, false))
      || (element.tagName === 'IMG' && name === 'src' && safeUrl(value, true))
      || (element.tagName === 'IMG' && name === 'alt')
      || ((element.tagName === 'TD' || element.tagName === 'TH') && (name === 'colspan' || name === 'rowspan'));
    if (!keep) element.removeAttribute(name);
  }
}

function clean(parent) {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 8) { // comments can hide conditional markup
      node.remove();
    } else if (node.nodeType === 1) {
      const tag = node.tagName.toUpperCase();
      if (DROPPED.has(tag)) {
        node.remove();
      } else if (!ALLOWED.has(tag)) {
        clean(node);
        node.replaceWith(...node.childNodes);
      } else {
        cleanAttributes(node);
        clean(node);
      }
    }
  }
}

/** A fragment of the given document holding only allow-listed elements and attributes. */
export function toSafeFragment(html, doc) {
  // A <template>'s content is inert: nothing in it runs or loads while it is parsed.
  const template = doc.createElement('template');
  template.innerHTML = html;
  const fragment = doc.importNode(template.content, true);
  clean(fragment);
  return fragment;
}
