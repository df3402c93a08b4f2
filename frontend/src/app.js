// Entry point: each behaviour is a small module; every page works without any of them.
import { fillBrowserTimeZone } from './time-zone.js';
import { enhanceAutocomplete } from './address-autocomplete.js';
import { enhanceAutosave } from './autosave.js';
import { enhanceMessageActions } from './message-actions.js';
import { enhanceLiveUpdates } from './live-updates.js';
import { bindShortcuts } from './keyboard-shortcuts.js';
import { registerServiceWorker } from './installable.js';
import { enhanceFragmentNavigation } from './fragment-navigation.js';

fillBrowserTimeZone(document);
enhanceAutocomplete(document);
enhanceAutosave(document);
enhanceMessageActions(document);
bindShortcuts(document); // once, on the document: regions swapped in later keep their shortcuts
registerServiceWorker(window); // after load: the app shell and the offline page
let liveStream = enhanceLiveUpdates(document);
// Mailbox links swap the page's regions in place; the behaviours above take on what came in, and the live-update
// stream follows the folder now shown.
enhanceFragmentNavigation(document, {
  onSwap(regions) {
    regions.forEach((region) => enhanceMessageActions(region));
    liveStream?.close?.();
    liveStream = enhanceLiveUpdates(document);
  },
});
// The editor is the one large piece: it loads, as its own chunk, only where there is something to edit.
if (document.querySelector('textarea[data-editor]')) {
  import('./squire-editor.js').then((editor) => editor.enhance(document))
    .catch((error) => console.warn('The rich-text editor did not load; the plain text box stays.', error));
}
