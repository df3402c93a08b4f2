// Tells the sign-in form the browser's IANA time zone, so dates are shown in the reader's own time
// from the first page. Without JavaScript the server's default zone applies until changed in Settings.
export function browserTimeZone(intl = globalThis.Intl) {
  try {
    return intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch {
    return '';
  }
}

export function fillBrowserTimeZone(doc, intl = globalThis.Intl) {
  const zone = browserTimeZone(intl);
  for (const input of doc.querySelectorAll('input[data-browser-time-zone]')) {
    if (!input.value) input.value = zone;
  }
  return zone;
}
