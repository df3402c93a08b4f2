import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { safeUrl, toSafeFragment } from '../src/safe-html.js';

const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
const cleaned = (html) => {
  const div = document.createElement('div');
  div.append(toSafeFragment(html, document));
  return div.innerHTML;
};

test('keeps the formatting a mail is written with', () => {
  assert.equal(cleaned('<div><b>Hi</b> <i>there</i></div><blockquote><ul><li>one</li></ul></blockquote>'),
    '<div><b>Hi</b> <i>there</i></div><blockquote><ul><li>one</li></ul></blockquote>');
});

test('drops scripts, event handlers, styles and frames', () => {
  assert.equal(cleaned('<p onclick="steal()" style="color:red">x</p><script>alert(1)</script><iframe src="//e.example"></iframe><style>p{}</style>'),
    '<p>x</p>');
});

test('keeps only web and mail links, and only embedded images', () => {
  assert.equal(cleaned('<a href="javascript:alert(1)">a</a><a href="https://example.org/">b</a><a href="mailto:x@example.org">c</a>'),
    '<a>a</a><a href="https://example.org/">b</a><a href="mailto:x@example.org">c</a>');
  assert.equal(cleaned('<img src="https://tracker.example/p.gif"><img src="cid:logo@x" alt="Logo">'),
    '<img><img src="cid:logo@x" alt="Logo">');
  assert.equal(safeUrl(' data:image/png;base64,AAAA', true), 'data:image/png;base64,AAAA');
  assert.equal(safeUrl('data:text/html;base64,AAAA', true), null);
});

test('unknown elements give up their tags but keep their text', () => {
  assert.equal(cleaned('<font face="x">old <center>mail</center></font><!-- [if mso]>x<![endif] -->'), 'old mail');
});
