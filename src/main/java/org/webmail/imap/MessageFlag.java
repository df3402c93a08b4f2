package org.webmail.imap;

/** The flags the webmail sets: system flags of RFC 3501 2.3.2 and the common keyword $Forwarded. */
public enum MessageFlag {
    SEEN, ANSWERED, FLAGGED, DRAFT, FORWARDED
}
