package org.webmail.demo;

import java.nio.charset.StandardCharsets;

/** MIME parameters, as RFC 2231 extended parameters (section 4) when the value is not plain ASCII. */
final class Rfc2231 {

    private Rfc2231() {
    }

    /** {@code name="value"} for printable ASCII, else {@code name*=UTF-8''percent-encoded}. */
    static String parameter(String name, String value) {
        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            return name + "=\"" + value + "\"";
        }
        StringBuilder encoded = new StringBuilder(name).append("*=UTF-8''");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttributeChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** attribute-char: ASCII printable except space, '*', ''', '%' and the RFC 2045 tspecials. */
    private static boolean isAttributeChar(int c) {
        return c > 0x20 && c < 0x7f && "*'%()<>@,;:\\\"/[]?=".indexOf(c) < 0;
    }
}
