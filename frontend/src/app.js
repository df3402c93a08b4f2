// Entry point: each behaviour is a small module; every page works without any of them.
import { fillBrowserTimeZone } from './time-zone.js';
import { enhanceAutocomplete } from './address-autocomplete.js';
import { enhanceAutosave } from './autosave.js';
import { enhanceMessageActions } from './message-actions.js';
import { enhanceLiveUpdates } from './live-updates.js';
import { bindShortcuts } from './keyboard-shortcuts.js';
import { registerServiceWorker } from './installable.js';

fillBrowserTimeZone(document);
enhanceAutocomplete(document);
enhanceAutosave(document);
enhanceMessageActions(document);
enhanceLiveUpdates(document);
bindShortcuts(document); // once, on the document: regions swapped in later keep their shortcuts
registerServiceWorker(window); // after load: the app shell and the offline page
// The editor is the one large piece: it loads, as its own chunk, only where there is something to edit.
if (document.querySelector('textarea[data-editor]')) {
  import('./squire-editor.js').then((editor) => editor.enhance(document))
    .catch((error) => console.warn('The rich-text editor did not load; the plain text box stays.', error));
}
