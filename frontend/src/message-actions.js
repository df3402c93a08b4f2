// form[data-message-actions] (the folder list): the action bar posts with fetch instead of reloading the page
// (X-Requested-With: fetch, the CSRF token from the form's field as X-CSRF-Token), then updates the rows in place
// and says what happened in the page's role=status region. Rows can be dragged onto a folder of the tree to move
// them. Without scripts the same form posts and the server redirects back with the same sentence.
const DRAG_TYPE = 'application/x-webmail-uids';

/** The form's fields as the browser would post them, plus the pressed button's name=value. */
export function formBody(form, submitter) {
  const body = new URLSearchParams();
  for (const field of form.querySelectorAll('input[name], select[name]')) {
    if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) continue;
    if (field.type === 'submit') continue;
    body.append(field.name, field.tagName === 'SELECT' ? selectedValue(field) : field.value);
  }
  if (submitter?.name) body.append(submitter.name, submitter.value);
  return body;
}

function selectedValue(select) {
  const chosen = [...select.querySelectorAll('option')].find((o) => o.selected || o.hasAttribute('selected'));
  return select.value || chosen?.value || '';
}

/** The folder path of a folder-tree link: /mail/Projects/2026 → "Projects/2026" (each level was percent-encoded). */
export function folderOfLink(href) {
  const path = new URL(href, 'https://webmail.invalid/').pathname;
  if (!path.startsWith('/mail/')) return null;
  return path.slice('/mail/'.length).split('/').map(decodeURIComponent).join('/');
}

/** Applies an answer {action, uids, missing, removed} to the list rows. */
export function updateRows(form, answer) {
  const rowOf = (uid) => form.querySelector(`tr[data-uid="${Number(uid)}"]`);
  const focusAfter = new FocusAfterRemoval(form);
  for (const uid of answer.missing ?? []) focusAfter.remove(rowOf(uid)); // gone already, on another device
  for (const uid of answer.uids ?? []) {
    const row = rowOf(uid);
    if (!row) continue;
    if (answer.removed) { focusAfter.remove(row); continue; }
    const box = row.querySelector('input[name="uid"]');
    if (box) box.checked = false;
    if (answer.action === 'read') mark(row, 'unseen', false, 'unread-mark');
    if (answer.action === 'unread') mark(row, 'unseen', true, 'unread-mark', form.dataset.textUnread || '');
    if (answer.action === 'flag') mark(row, 'flagged', true, 'flag-mark', '★');
    if (answer.action === 'unflag') mark(row, 'flagged', false, 'flag-mark');
  }
  focusAfter.restore();
}

/**
 * Removing the row that holds the focus (a keyboard user archiving the row under the cursor) would drop the focus to
 * the page's start: it goes to the row that took its place instead, else the one before, else the list's heading.
 */
class FocusAfterRemoval {
  constructor(form) {
    this.form = form;
    this.place = null;
  }

  remove(row) {
    if (!row) return;
    const active = row.ownerDocument.activeElement;
    if (active && row.contains(active)) this.place = { next: row.nextElementSibling, previous: row.previousElementSibling };
    else if (this.place?.next === row) this.place.next = row.nextElementSibling;
    else if (this.place?.previous === row) this.place.previous = row.previousElementSibling;
    row.remove();
  }

  restore() {
    if (!this.place) return;
    const target = this.place.next ?? this.place.previous ?? this.form.ownerDocument.querySelector('main h1');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}

function mark(row, rowClass, on, badgeClass, badgeText) {
  row.classList.toggle(rowClass, on);
  const badge = row.querySelector(`.${badgeClass}`);
  if (!on) { badge?.remove(); return; }
  if (badge) return;
  const added = row.ownerDocument.createElement('span');
  added.className = `badge ${badgeClass}`;
  added.textContent = badgeText;
  row.querySelector('td.subject a')?.after(added);
}

export function attachMessageActions(form, { fetch = globalThis.fetch, confirm = (q) => globalThis.confirm(q) } = {}) {
  const doc = form.ownerDocument;
  const status = doc.querySelector('[data-notice]');
  const say = (text, problem) => {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('problem', Boolean(problem));
  };
  const csrf = () => form.querySelector('input[name="csrf"]')?.value ?? '';

  const post = async (body) => {
    const response = await fetch(form.getAttribute('action'), {
      method: 'POST', body, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch', 'X-CSRF-Token': csrf(), Accept: 'application/json' },
    });
    if (!(response.headers.get('Content-Type') || '').includes('application/json')) throw new Error(`HTTP ${response.status}`);
    const answer = await response.json();
    if (answer.confirm) {
      if (!confirm(answer.notice)) return answer;
      body.set('confirm', 'yes');
      return post(body);
    }
    updateRows(form, answer);
    say(answer.notice, answer.problem);
    return answer;
  };

  // Without a usable answer (offline, server error page) the form goes the plain way, as without scripts.
  const plainSubmit = (submitter) => {
    if (submitter?.name) {
      const field = doc.createElement('input');
      Object.assign(field, { type: 'hidden', name: submitter.name, value: submitter.value });
      form.append(field);
    }
    form.submit(); // skips the submit event, so this handler: a normal post
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submitter = event.submitter;
    try {
      await post(formBody(form, submitter));
    } catch {
      plainSubmit(submitter);
    }
  });

  const selectAll = form.querySelector('[data-select-all]');
  selectAll?.addEventListener('click', (event) => {
    event.preventDefault();
    const boxes = [...form.querySelectorAll('input[type="checkbox"][name="uid"]')];
    const check = boxes.some((box) => !box.checked);
    for (const box of boxes) box.checked = check;
    // The words come from the page, in its language.
    selectAll.textContent = check ? selectAll.dataset.clearSelectionText : selectAll.dataset.selectAllText;
  });

  enableDragToFolders(form, (uids, folder) => {
    const body = formBody(form, null);
    body.delete('uid');
    for (const uid of uids) body.append('uid', uid);
    body.set('action', 'move');
    body.set('target', folder);
    return post(body).catch(() => say(form.dataset.textDragFailed || '', true));
  });
  return { post };
}

/** Dragging a row (all checked rows, if it is one of them) onto a folder of the tree moves the messages there. */
function enableDragToFolders(form, move) {
  form.addEventListener('dragstart', (event) => {
    const row = event.target.closest?.('tr[data-uid]');
    if (!row || !event.dataTransfer) return;
    const checked = [...form.querySelectorAll('tr[data-uid] input[name="uid"]')].filter((box) => box.checked).map((box) => box.value);
    const uids = checked.includes(row.dataset.uid) ? checked : [row.dataset.uid];
    event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(uids));
    event.dataTransfer.effectAllowed = 'move';
  });
  for (const link of form.ownerDocument.querySelectorAll('nav.folders a[href^="/mail/"]')) {
    link.addEventListener('dragover', (event) => {
      if (![...(event.dataTransfer?.types ?? [])].includes(DRAG_TYPE)) return;
      event.preventDefault();
      link.classList.add('drop-target');
    });
    link.addEventListener('dragleave', () => link.classList.remove('drop-target'));
    link.addEventListener('drop', (event) => {
      link.classList.remove('drop-target');
      const data = event.dataTransfer?.getData(DRAG_TYPE);
      const folder = folderOfLink(link.getAttribute('href'));
      if (!data || !folder) return;
      event.preventDefault();
      move(JSON.parse(data), folder);
    });
  }
}

/** {@code root}: the document, or a region swapped in by fragment-navigation.js. */
export function enhanceMessageActions(root, options) {
  return [...root.querySelectorAll('form[data-message-actions]')].map((form) => attachMessageActions(form, options));
}
