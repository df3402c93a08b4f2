package org.webmail.mailbox;

import java.util.List;

import org.webmail.imap.FolderChangeRefusedException;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderRole;

/** Words a refused folder change in the reader's language, from the refusal's reason and details. */
final class FolderRefusalText {

    private FolderRefusalText() {
    }

    static String of(FolderChangeRefusedException refusal, MailMessages text) {
        if (refusal.reason() == null) {
            return refusal.getMessage();
        }
        List<String> d = refusal.details();
        return switch (refusal.reason()) {
            case NAME_MISSING -> text.name_missing();
            case NAME_SPACES -> text.name_spaces();
            case NAME_TOO_LONG -> text.name_too_long(d.get(0));
            case NAME_DELIMITER -> text.name_delimiter(d.get(0));
            case NAME_WILDCARDS -> text.name_wildcards();
            case NAME_CONTROL -> text.name_control();
            case NAME_DOTS -> text.name_dots();
            case SAME_PLACE -> text.rename_same_place();
            case INTO_ITSELF -> text.rename_into_itself();
            case TAKEN -> text.refused_taken(d.get(0));
            case NONEXISTENT -> text.refused_nonexistent(d.get(0));
            case NOPERM -> text.refused_noperm(d.get(0));
            case CANNOT -> text.refused_cannot(d.get(0));
            case INUSE -> text.refused_inuse(d.get(0));
            case LIMIT -> text.refused_limit(d.get(0));
            case OTHER -> text.refused_other(d.get(0));
            case HAS_CHILDREN -> text.refused_has_children(d.get(0), d.get(1));
            case PROTECTED_INBOX -> text.protected_inbox(text.change_word(d.get(0)));
            case PROTECTED_ROLE -> text.protected_role(d.get(0), text.change_word(d.get(1)), d.get(2));
        };
    }

    /** Why the folders page offers no rename or delete for this folder, or null when it does. */
    static String protection(FolderInfo folder, MailMessages text) {
        if (folder.role() == FolderRole.NONE) {
            return null;
        }
        String change = text.change_word("any");
        return folder.role() == FolderRole.INBOX ? text.protected_inbox(change)
                : text.protected_role(folder.path(), change, folder.role().name());
    }
}
