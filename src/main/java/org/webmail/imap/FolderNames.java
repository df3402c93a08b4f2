package org.webmail.imap;

/**
 * Checks one level of a new folder name before it reaches the server, so the user hears a plain reason instead of
 * a server's NO. Our paths use '/' between levels and the server uses its own delimiter (RFC 3501 section 5.1.1),
 * so a name may contain neither; '*' and '%' are LIST wildcards (section 6.3.8) that make a mailbox unlistable.
 * Non-ASCII is fine: Angus sends it in modified UTF-7 (section 5.1.3).
 */
import org.webmail.imap.FolderChangeRefusedException.Reason;

final class FolderNames {

    static final int MAX_LENGTH = 200;

    private FolderNames() {
    }

    static void check(String name, char delimiter) {
        if (name == null || name.isBlank()) {
            throw refused("A folder needs a name.", Reason.NAME_MISSING);
        }
        if (!name.equals(name.strip())) {
            throw refused("A folder name cannot begin or end with a space.", Reason.NAME_SPACES);
        }
        if (name.length() > MAX_LENGTH) {
            throw refused("A folder name can have at most " + MAX_LENGTH + " characters.", Reason.NAME_TOO_LONG, String.valueOf(MAX_LENGTH));
        }
        if (name.indexOf('/') >= 0 || (delimiter != 0 && name.indexOf(delimiter) >= 0)) {
            String character = String.valueOf(name.indexOf('/') >= 0 ? '/' : delimiter);
            throw refused("A folder name cannot contain “" + character
                    + "”: the mail server uses it to separate a folder from its sub-folders.", Reason.NAME_DELIMITER, character);
        }
        if (name.indexOf('*') >= 0 || name.indexOf('%') >= 0) {
            throw refused("A folder name cannot contain “*” or “%”: the mail server reads them as wildcards.", Reason.NAME_WILDCARDS);
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw refused("A folder name cannot contain control characters.", Reason.NAME_CONTROL);
        }
        if (name.equals(".") || name.equals("..")) {
            throw refused("“.” and “..” cannot be folder names.", Reason.NAME_DOTS);
        }
    }

    private static FolderChangeRefusedException refused(String sentence, Reason reason, String... details) {
        return new FolderChangeRefusedException(sentence, reason, details);
    }
}
