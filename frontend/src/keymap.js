// The Gmail-compatible key map: which key (KeyboardEvent.key) names which command. Kept apart from the code that
// acts so the list rendered in the help dialog (layout.html) and this table can be read side by side.

/** Single keys. Capitals are Shift + the letter (Shift+i, Shift+u); '#' and '?' are whatever keys type them. */
export const KEYS = Object.freeze({
  j: 'next',
  k: 'previous',
  o: 'open',
  Enter: 'open',
  u: 'back',
  c: 'compose',
  r: 'reply',
  a: 'replyAll',
  f: 'forward',
  e: 'archive',
  '#': 'delete',
  s: 'flag',
  I: 'markRead',
  U: 'markUnread',
  x: 'select',
  '/': 'search',
  '?': 'help',
});

/** Two-key sequences: the first key waits (SEQUENCE_TIMEOUT ms) for the second. */
export const SEQUENCES = Object.freeze({
  g: Object.freeze({ i: 'inbox' }),
});

export const SEQUENCE_TIMEOUT = 1500;

/** The command a key press names in this state, or a sequence prefix ({ prefix: 'g' }), or null. */
export function commandFor(key, pending) {
  if (pending) return SEQUENCES[pending]?.[key] ?? null;
  if (SEQUENCES[key]) return { prefix: key };
  return KEYS[key] ?? null;
}
