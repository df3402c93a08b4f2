// The editor itself: Squire (Fastmail's, made for mail: it keeps arbitrary HTML and nested quotes intact).
// Loaded only on pages with a textarea[data-editor], as its own chunk.
import Squire from 'squire-rte';
import { enhanceEditors } from './rich-text-editor.js';
import { toSafeFragment } from './safe-html.js';

export function createSquire(root) {
  return new Squire(root, {
    blockTag: 'DIV',
    sanitizeToDOMFragment: (html) => toSafeFragment(html, root.ownerDocument),
  });
}

export function enhance(doc) {
  return enhanceEditors(doc, createSquire);
}
