package org.webmail.imap;

/** Special-use roles (RFC 6154) plus INBOX (RFC 3501 5.1), in the order the folder tree lists them. */
public enum FolderRole {
    INBOX, DRAFTS, SENT, ARCHIVE, JUNK, TRASH, NONE
}
