package org.webmail.message;

import java.util.function.IntFunction;

import org.webmail.imap.Selection;
import org.webmail.mailbox.MailMessages;

/** The one sentence that tells a person what an action did, in plain words ("3 messages moved to Archive."). */
final class ActionNotice {

    private ActionNotice() {
    }

    /**
     * E.g. {@code done(selection, n -> text.done_moved(n, "Archive"), "INBOX", text)}; mentions what was already gone
     * and what stays marked.
     */
    static String done(Selection selection, IntFunction<String> what, String folder, MailMessages text) {
        int done = selection.done().size();
        int missing = selection.missing().size();
        if (done == 0) {
            return text.nothing_changed(missing, folderName(folder, text));
        }
        StringBuilder sentence = new StringBuilder(what.apply(done));
        if (missing > 0) {
            sentence.append(' ').append(text.done_missing(missing));
        }
        if (selection.markedDeletedOnly()) {
            sentence.append(' ').append(text.done_marked_deleted(done, folderName(folder, text)));
        }
        return sentence.toString();
    }

    static String folderName(String path, MailMessages text) {
        return "INBOX".equalsIgnoreCase(path) ? text.inbox_in_sentence() : path;
    }
}
