package org.webmail.compose;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.InternetAddress;

/**
 * One checked recipient.
 *
 * @param name     the display name, may be empty (never contains a line break)
 * @param address  the address with its domain in ASCII (IDNA, RFC 5891): what goes in the envelope and headers
 * @param shown    the address as the user wrote and reads it, domain in Unicode
 */
public record Recipient(String name, String address, String shown) {

    /** The header form: the name RFC 2047-encoded when it is not ASCII, the address in ASCII. */
    public InternetAddress header() {
        try {
            return new InternetAddress(address, name.isEmpty() ? null : name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** How the compose form shows it again: "Name <address>" or the address alone. */
    public String display() {
        if (name.isEmpty()) {
            return shown;
        }
        boolean needsQuotes = name.chars().anyMatch(c -> ",;<>@\"()[]:\\".indexOf(c) >= 0);
        String shownName = needsQuotes ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : name;
        return shownName + " <" + shown + ">";
    }
}
