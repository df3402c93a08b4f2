package org.webmail.imap;

/**
 * Translates between our paths ('/' between levels, the URL form) and the server's mailbox names, whose
 * hierarchy delimiter the server chooses (RFC 3501 section 5.1.1: '.' on GreenMail and Courier, '/' on Dovecot).
 */
final class FolderPaths {

    static final String INBOX = "INBOX";

    private FolderPaths() {
    }

    static String toServerName(String path, char delimiter) {
        String name = delimiter == 0 || delimiter == '/' ? path : path.replace('/', delimiter);
        return isInbox(name) ? INBOX : name;
    }

    static String toPath(String serverName, char delimiter) {
        String path = delimiter == 0 || delimiter == '/' ? serverName : serverName.replace(delimiter, '/');
        return isInbox(path) ? INBOX : path;
    }

    /** INBOX is case-insensitive (RFC 3501 section 5.1). */
    static boolean isInbox(String name) {
        return INBOX.equalsIgnoreCase(name);
    }

    static String lastLevel(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    /** The parent's path, or null at the top. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }
}
