package org.webmail.imap;

/** A decoded address (RFC 2047 names decoded). {@code name} may be empty. */
public record MailAddress(String name, String address) {

    /** The name when there is one, else the address. */
    public String display() {
        return name == null || name.isBlank() ? address : name;
    }
}
