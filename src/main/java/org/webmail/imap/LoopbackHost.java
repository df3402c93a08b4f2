package org.webmail.imap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Whether a mail server name stays on this machine: the only place an unencrypted (PLAIN) connection is allowed. */
public final class LoopbackHost {

    private LoopbackHost() {
    }

    /** True when every address the name resolves to is a loopback address; an unknown name is not loopback. */
    public static boolean only(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
