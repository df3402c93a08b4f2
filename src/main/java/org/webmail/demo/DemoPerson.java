package org.webmail.demo;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.List;

/** Someone who writes or receives demo mail. */
record DemoPerson(String name, String address) {

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    /** The display name is RFC 2047-encoded in {@code charset} when it is not ASCII. */
    InternetAddress internetAddress(String charset) {
        try {
            return new InternetAddress(address, name, charset);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Unknown charset " + charset, e);
        }
    }

    static InternetAddress[] internetAddresses(List<DemoPerson> people) {
        return people.stream().map(p -> p.internetAddress("UTF-8")).toArray(InternetAddress[]::new);
    }
}
