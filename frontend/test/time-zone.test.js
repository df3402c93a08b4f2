import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserTimeZone, fillBrowserTimeZone } from '../src/time-zone.js';

const fakeIntl = (zone) => ({ DateTimeFormat: () => ({ resolvedOptions: () => ({ timeZone: zone }) }) });

test('reads the IANA zone the browser reports', () => {
  assert.equal(browserTimeZone(fakeIntl('America/Sao_Paulo')), 'America/Sao_Paulo');
});

test('gives an empty zone when Intl fails, so the server default applies', () => {
  assert.equal(browserTimeZone({ DateTimeFormat: () => { throw new Error('no Intl'); } }), '');
});

test('fills only the empty time-zone fields of the sign-in form', () => {
  const empty = { value: '' };
  const chosen = { value: 'Asia/Tokyo' };
  const doc = { querySelectorAll: () => [empty, chosen] };
  fillBrowserTimeZone(doc, fakeIntl('Europe/Lisbon'));
  assert.equal(empty.value, 'Europe/Lisbon');
  assert.equal(chosen.value, 'Asia/Tokyo');
});
