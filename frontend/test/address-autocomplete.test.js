import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { attachAutocomplete, completeLast, formatAddress, lastAddress } from '../src/address-autocomplete.js';

test('only the address after the last comma is completed', () => {
  assert.equal(lastAddress('ann@example.org, bo'), 'bo');
  assert.equal(completeLast('ann@example.org, bo', { name: 'Bob Baker', address: 'bob@example.org' }),
    'ann@example.org, Bob Baker <bob@example.org>, ');
  assert.equal(completeLast('bo', { name: '', address: 'bob@example.org' }), 'bob@example.org, ');
});

test('names with RFC 5322 specials are quoted', () => {
  assert.equal(formatAddress({ name: 'Baker, Bob "B"', address: 'b@example.org' }), '"Baker, Bob \\"B\\"" <b@example.org>');
});

function rig(answers) {
  const { document, Event, KeyboardEvent } = parseHTML(
    '<!DOCTYPE html><html><body><form><input id="to" name="to" data-autocomplete></form></body></html>');
  const input = document.querySelector('input');
  const timers = [];
  const asked = [];
  const fetch = async (url) => {
    asked.push(url);
    const answer = answers.shift();
    return { ok: true, json: async () => answer };
  };
  attachAutocomplete(input, {
    fetch, delay: 200,
    setTimeout: (fn) => { timers.push(fn); return timers.length; },
    clearTimeout: (id) => { if (id) timers[id - 1] = null; },
  });
  const type = async (value) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const settle = async () => {
    const due = timers.splice(0).filter(Boolean);
    await Promise.all(due.map((fn) => fn()));
  };
  const key = (name) => {
    const event = new Event('keydown');
    event.key = name;
    input.dispatchEvent(event);
    return event;
  };
  return { document, input, asked, type, settle, key, KeyboardEvent };
}

test('typing waits for a pause, then asks once for the last address', async () => {
  const r = rig([[{ name: 'Bob Baker', address: 'bob@example.org' }]]);
  await r.type('ann@example.org, b');
  await r.type('ann@example.org, bo');
  await r.settle();
  assert.deepEqual(r.asked, ['/contacts/suggest?q=bo']);
  assert.deepEqual([...r.document.querySelectorAll('[role=option]')].map((li) => li.textContent), ['Bob Baker <bob@example.org>']);
  assert.equal(r.input.getAttribute('aria-expanded'), 'true');
});

test('arrow keys choose and Enter completes the field', async () => {
  const r = rig([[{ name: 'Bob', address: 'bob@example.org' }, { name: 'Bea', address: 'bea@example.org' }]]);
  await r.type('b');
  await r.settle();
  r.key('ArrowDown');
  r.key('ArrowDown');
  assert.equal(r.input.getAttribute('aria-activedescendant'), 'to-suggestions-1');
  const enter = r.key('Enter');
  assert.equal(enter.defaultPrevented, true);
  assert.equal(r.input.value, 'Bea <bea@example.org>, ');
  assert.equal(r.document.querySelector('ul').hidden, true);
});

test('Escape closes the list and Enter then submits as usual', async () => {
  const r = rig([[{ name: 'Bob', address: 'bob@example.org' }]]);
  await r.type('b');
  await r.settle();
  r.key('Escape');
  assert.equal(r.document.querySelectorAll('[role=option]').length, 0);
  assert.equal(r.key('Enter').defaultPrevented, false);
});

test('an answer to an older keystroke does not replace a newer one', async () => {
  const { document, Event } = parseHTML('<!DOCTYPE html><html><body><input name="to" data-autocomplete></body></html>');
  const input = document.querySelector('input');
  const pending = [];
  const timers = [];
  attachAutocomplete(input, {
    fetch: (url) => new Promise((resolve) => pending.push({ url, resolve })),
    setTimeout: (fn) => timers.push(fn), clearTimeout: () => {},
  });
  input.value = 'a';
  input.dispatchEvent(new Event('input'));
  timers.shift()();
  input.value = 'al';
  input.dispatchEvent(new Event('input'));
  timers.shift()();
  const answer = (list) => ({ ok: true, json: async () => list });
  pending[1].resolve(answer([{ name: 'Alma', address: 'alma@example.org' }]));
  await new Promise((r) => setImmediate(r));
  pending[0].resolve(answer([{ name: 'Ann', address: 'ann@example.org' }]));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual([...document.querySelectorAll('[role=option]')].map((li) => li.textContent), ['Alma <alma@example.org>']);
});
