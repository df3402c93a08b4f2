// input[data-autocomplete] suggests addresses the user has written to or read from (GET /contacts/suggest).
// It completes the last comma-separated address of the field; arrows choose, Enter or Tab take, Escape closes.
const DELAY_MS = 200;

/** The part being typed: what follows the last comma. */
export function lastAddress(value) {
  return value.slice(value.lastIndexOf(',') + 1).trim();
}

/** "Name <address>", the name quoted when it holds RFC 5322 specials (section 3.2.3). */
export function formatAddress({ name, address }) {
  if (!name) return address;
  const quoted = /[()<>[\]:;@\\,."]/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
  return `${quoted} <${address}>`;
}

export function completeLast(value, suggestion) {
  const cut = value.lastIndexOf(',') + 1;
  const before = value.slice(0, cut);
  return `${before}${cut > 0 ? ' ' : ''}${formatAddress(suggestion)}, `;
}

export function attachAutocomplete(input, { fetch = globalThis.fetch, setTimeout = globalThis.setTimeout,
  clearTimeout = globalThis.clearTimeout, delay = DELAY_MS } = {}) {
  const doc = input.ownerDocument;
  const list = doc.createElement('ul');
  list.id = `${input.id || input.name}-suggestions`;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.after(list);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const show = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    items = [];
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    show(-1);
  };
  const take = (index) => {
    input.value = completeLast(input.value, items[index]);
    close();
    input.focus();
  };
  const render = (suggestions) => {
    close();
    items = suggestions;
    suggestions.forEach((s, i) => {
      const li = doc.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.textContent = formatAddress(s);
      // mousedown, not click: it comes before the input loses focus.
      li.addEventListener('mousedown', (event) => { event.preventDefault(); take(i); });
      list.append(li);
    });
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    show(-1);
  };
  const ask = async () => {
    const typed = lastAddress(input.value);
    const ticket = ++asked;
    if (!typed) { close(); return; }
    try {
      const response = await fetch(`/contacts/suggest?q=${encodeURIComponent(typed)}`,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      const suggestions = response.ok ? await response.json() : [];
      // An answer to an older keystroke must not replace the newer one.
      if (ticket === asked) render(Array.isArray(suggestions) ? suggestions : []);
    } catch {
      if (ticket === asked) close(); // suggestions are a convenience: typing goes on without them
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, delay);
  });
  input.addEventListener('keydown', (event) => {
    if (!items.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      show((active + step + items.length) % items.length);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
      event.preventDefault();
      take(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return { close };
}

export function enhanceAutocomplete(doc, options) {
  return [...doc.querySelectorAll('input[data-autocomplete]')].map((input) => attachAutocomplete(input, options));
}
