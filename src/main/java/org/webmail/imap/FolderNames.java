package org.webmail.imap;

/**
 * Checks one level of a new folder name before it reaches the server, so the user hears a plain reason instead of
 * a server's NO. Our paths use '/' between levels and the server uses its own delimiter (RFC 3501 section 5.1.1),
 * so a name may contain neither; '*' and '%' are LIST wildcards (section 6.3.8) that make a mailbox unlistable.
 * Non-ASCII is fine: Angus sends it in modified UTF-7 (section 5.1.3).
 */
final class FolderNames {

    static final int MAX_LENGTH = 200;

    private FolderNames() {
    }

    static void check(String name, char delimiter) {
        if (name == null || name.isBlank()) {
            throw refused("A folder needs a name.");
        }
        if (!name.equals(name.strip())) {
            throw refused("A folder name cannot begin or end with a space.");
        }
        if (name.length() > MAX_LENGTH) {
            throw refused("A folder name can have at most " + MAX_LENGTH + " characters.");
        }
        if (name.indexOf('/') >= 0 || (delimiter != 0 && name.indexOf(delimiter) >= 0)) {
            throw refused("A folder name cannot contain “" + (name.indexOf('/') >= 0 ? '/' : delimiter)
                    + "”: the mail server uses it to separate a folder from its sub-folders.");
        }
        if (name.indexOf('*') >= 0 || name.indexOf('%') >= 0) {
            throw refused("A folder name cannot contain “*” or “%”: the mail server reads them as wildcards.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw refused("A folder name cannot contain control characters.");
        }
        if (name.equals(".") || name.equals("..")) {
            throw refused("“.” and “..” cannot be folder names.");
        }
    }

    private static FolderChangeRefusedException refused(String reason) {
        return new FolderChangeRefusedException(reason);
    }
}
