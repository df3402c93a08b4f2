import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { INTERVAL_MS, attachAutosave, clockTime } from '../src/autosave.js';

// What the browser's FormData reads from a form: the named fields and their values.
class FormFields {
  constructor(form) {
    this.fields = new Map([...form.querySelectorAll('input[name], textarea[name]')].map((f) => [f.name, f.value]));
  }
  set(name, value) { this.fields.set(name, value); }
}

function rig(responses) {
  const { document, Event } = parseHTML(`<!DOCTYPE html><html><body>
    <form action="/compose" method="post" data-autosave data-autosave-saved="Draft saved"
          data-autosave-retry="Draft not saved yet, will try again">
      <input type="hidden" name="csrf" value="token-1"><input type="hidden" name="draftUid" value="">
      <input name="subject" value="Plans"><p data-autosave-status></p>
    </form></body></html>`);
  const form = document.querySelector('form');
  const posted = [];
  let interval;
  const saver = attachAutosave(form, {
    fetch: async (url, init) => { posted.push({ url, init }); return responses.shift(); },
    setInterval: (fn, ms) => { interval = { fn, ms }; },
    now: () => new Date(2026, 11, 1, 10, 42, 7),
    FormData: FormFields,
    Event,
  });
  const edit = () => form.dispatchEvent(new Event('input'));
  return { document, form, posted, saver, edit, tick: () => interval.fn(), interval: () => interval.ms, Event };
}

const ok = (json) => ({
  ok: true, status: 200,
  headers: { get: () => (json ? 'application/json' : 'text/html') },
  json: async () => json,
});

test('shows the time as hours and minutes', () => {
  assert.equal(clockTime(new Date(2026, 0, 1, 9, 5)), '09:05');
});

test('nothing is posted while the form is untouched', async () => {
  const r = rig([]);
  assert.equal(r.interval(), 30_000);
  assert.equal(INTERVAL_MS, 30_000);
  await r.tick();
  assert.equal(r.posted.length, 0);
});

test('an edited form is posted as a draft save with its CSRF field, and says when', async () => {
  const r = rig([ok(null)]);
  r.edit();
  await r.tick();
  assert.equal(r.posted.length, 1);
  const { url, init } = r.posted[0];
  assert.ok(url.endsWith('/compose'));
  assert.equal(init.method, 'POST');
  assert.equal(init.headers['X-Autosave'], '1');
  assert.equal(init.body.fields.get('action'), 'save');
  assert.equal(init.body.fields.get('csrf'), 'token-1');
  assert.equal(init.body.fields.get('subject'), 'Plans');
  assert.equal(r.document.querySelector('[data-autosave-status]').textContent, 'Draft saved 10:42');
  await r.tick();
  assert.equal(r.posted.length, 1, 'no second save without a further edit');
});

test('the editor is asked for its content before the form is read', async () => {
  const r = rig([ok(null)]);
  r.form.addEventListener('webmail:before-save', () => { r.form.querySelector('[name=subject]').value = 'Synced'; });
  r.edit();
  await r.tick();
  assert.equal(r.posted[0].init.body.fields.get('subject'), 'Synced');
});

test('the new draft UID from the answer is kept so the next save replaces it', async () => {
  const r = rig([ok({ fields: { draftUid: '17', notAField: 'x' } })]);
  r.edit();
  await r.tick();
  assert.equal(r.form.querySelector('[name=draftUid]').value, '17');
});

test('a failed save says so and is tried again at the next tick', async () => {
  const r = rig([{ ok: false, status: 503, headers: { get: () => '' } }, ok(null)]);
  r.edit();
  await r.tick();
  assert.equal(r.document.querySelector('[data-autosave-status]').textContent, 'Draft not saved yet, will try again');
  await r.tick();
  assert.equal(r.posted.length, 2);
  assert.equal(r.document.querySelector('[data-autosave-status]').textContent, 'Draft saved 10:42');
});

test('after the form is submitted no autosave follows', async () => {
  const r = rig([ok(null)]);
  r.edit();
  r.form.dispatchEvent(new r.Event('submit'));
  await r.tick();
  assert.equal(r.posted.length, 0);
});
