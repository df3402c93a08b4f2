package org.webmail.message;

import org.webmail.imap.Selection;

/** The one sentence that tells a person what an action did, in plain words ("3 messages moved to Archive"). */
final class ActionNotice {

    private ActionNotice() {
    }

    static String count(int n) {
        return n == 1 ? "1 message" : n + " messages";
    }

    /** E.g. {@code done(selection, "moved to Archive", "INBOX")}; mentions what was already gone and what stays marked. */
    static String done(Selection selection, String what, String folder) {
        int done = selection.done().size();
        int missing = selection.missing().size();
        if (done == 0) {
            return "Nothing was changed: " + (missing == 1 ? "that message is" : "those messages are") + " no longer in "
                    + folderName(folder) + " (moved or deleted, perhaps on another device).";
        }
        StringBuilder text = new StringBuilder(count(done)).append(' ').append(what).append('.');
        if (missing > 0) {
            text.append(' ').append(count(missing)).append(missing == 1 ? " was" : " were")
                    .append(" no longer there (moved or deleted elsewhere).");
        }
        if (selection.markedDeletedOnly()) {
            text.append(" Your mail server keeps ").append(done == 1 ? "it" : "them").append(" in ").append(folderName(folder))
                    .append(" marked as deleted until the folder is cleaned up.");
        }
        return text.toString();
    }

    static String folderName(String path) {
        return "INBOX".equalsIgnoreCase(path) ? "the Inbox" : path;
    }
}
