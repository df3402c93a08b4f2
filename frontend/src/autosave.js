// form[data-autosave] saves itself as a draft every 30 s while being edited (POST to its own action with
// action=save, the CSRF field included as in any post) and says when: "Draft saved 10:42". The words come from the
// form, in the page's language: data-autosave-saved="Draft saved" data-autosave-retry="Draft not saved yet, ...".
// The server may answer JSON {"fields": {"name": "value"}} to update hidden fields, e.g. the new draft's UID,
// so that the next save replaces this draft instead of adding another.
export const INTERVAL_MS = 30_000;

export function clockTime(date) {
  const two = (n) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

async function applyAnswer(form, response) {
  if (!(response.headers.get('Content-Type') || '').includes('application/json')) return;
  const answer = await response.json();
  for (const [name, value] of Object.entries(answer?.fields ?? {})) {
    const field = form.querySelector(`input[type="hidden"][name="${name}"]`);
    if (field) field.value = value;
  }
}

export function attachAutosave(form, { fetch = globalThis.fetch, setInterval = globalThis.setInterval,
  now = () => new Date(), FormData = globalThis.FormData, Event = globalThis.Event } = {}) {
  const status = form.querySelector('[data-autosave-status]') || form.ownerDocument.querySelector('[data-autosave-status]');
  let edited = false;
  let saving = false;
  const say = (text) => { if (status) status.textContent = text; };
  const markEdited = () => { edited = true; };
  form.addEventListener('input', markEdited);
  form.addEventListener('change', markEdited);
  // Once the user sends or saves by hand, a late autosave must not append another draft.
  let submitted = false;
  form.addEventListener('submit', () => { submitted = true; });

  const save = async () => {
    if (!edited || saving || submitted) return false;
    edited = false;
    saving = true;
    // The editor copies its HTML into the form before the form is read.
    form.dispatchEvent(new Event('webmail:before-save'));
    const body = new FormData(form);
    body.set('action', 'save');
    try {
      const response = await fetch(form.action || form.getAttribute('action'), {
        method: 'POST', body, credentials: 'same-origin', headers: { 'X-Autosave': '1' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await applyAnswer(form, response);
      say(`${form.dataset.autosaveSaved || ''} ${clockTime(now())}`.trim());
      return true;
    } catch {
      edited = true; // try again at the next tick; nothing typed is lost from the page
      say(form.dataset.autosaveRetry || '');
      return false;
    } finally {
      saving = false;
    }
  };
  const timer = setInterval(save, INTERVAL_MS);
  return { save, timer };
}

export function enhanceAutosave(doc, options) {
  return [...doc.querySelectorAll('form[data-autosave]')].map((form) => attachAutosave(form, options));
}
