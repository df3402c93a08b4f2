package org.webmail.imap;

import java.util.List;

/**
 * A folder change the name rules or the server refused. The message says why in plain English (logs, tests); the
 * reason and its details let the web edge say the same in the reader's language without this package knowing pages.
 */
public class FolderChangeRefusedException extends MailStoreException {

    /** Why, for the page's wording; {@code details} fill its blanks (a path, a character, the server's own words). */
    public enum Reason {
        NAME_MISSING, NAME_SPACES, NAME_TOO_LONG, NAME_DELIMITER, NAME_WILDCARDS, NAME_CONTROL, NAME_DOTS,
        SAME_PLACE, INTO_ITSELF, TAKEN, NONEXISTENT, NOPERM, CANNOT, INUSE, LIMIT, OTHER, HAS_CHILDREN,
        PROTECTED_INBOX, PROTECTED_ROLE
    }

    private final Reason reason;
    private final List<String> details;

    public FolderChangeRefusedException(String message, Reason reason, String... details) {
        this(message, null, reason, details);
    }

    public FolderChangeRefusedException(String message, Throwable cause, Reason reason, String... details) {
        super(message, cause);
        this.reason = reason;
        this.details = List.of(details);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}
