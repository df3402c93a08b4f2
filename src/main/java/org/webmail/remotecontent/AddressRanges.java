package org.webmail.remotecontent;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Whether an address is one a message's image may make the server connect to: only globally routed unicast.
 * Pure (judges bytes, never resolves).
 * <p>
 * IPv4 refused (RFC 6890 special-purpose registry): 0/8 "this network" and 0.0.0.0, 10/8, 172.16/12 and
 * 192.168/16 (RFC 1918), 100.64/10 (CGNAT, RFC 6598), 127/8 loopback, 169.254/16 link-local (cloud metadata lives
 * at 169.254.169.254), 192.0.0/24 protocol assignments, the documentation nets 192.0.2/24, 198.51.100/24,
 * 203.0.113/24, 198.18/15 benchmarking, 224/4 multicast, 240/4 reserved including 255.255.255.255 broadcast.
 * <p>
 * IPv6 refused: :: and ::1, ::/96 IPv4-compatible (RFC 4291 2.5.5.1, deprecated; ::127.0.0.1), fc00::/7 unique
 * local (RFC 4193), fe80::/10 link-local, fec0::/10 site-local (deprecated), ff00::/8 multicast, 100::/64 discard
 * (RFC 6666), 2001:db8::/32 documentation. Addresses that carry an IPv4 address are judged by that address too:
 * ::ffff:0:0/96 mapped (Java already turns these into IPv4), ::ffff:0:0:0/96 translated (RFC 2765),
 * 64:ff9b::/96 NAT64 (RFC 6052; the local-use 64:ff9b:1::/48 of RFC 8215 is refused whole), 2002::/16 6to4 (RFC 3056) and 2001::/32 Teredo
 * (RFC 4380, server and obfuscated client address).
 */
final class AddressRanges {

    private AddressRanges() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b, 0);
        }
        return address instanceof Inet6Address && isPublicV6(b);
    }

    private static boolean isPublicV4(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        int a2 = b[at + 2] & 0xff;
        return !(a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224
                || a0 == 100 && (a1 & 0xc0) == 64
                || a0 == 169 && a1 == 254
                || a0 == 172 && (a1 & 0xf0) == 16
                || a0 == 192 && a1 == 168
                || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)
                || a0 == 198 && (a1 & 0xfe) == 18
                || a0 == 198 && a1 == 51 && a2 == 100
                || a0 == 203 && a1 == 0 && a2 == 113);
    }

    private static boolean isPublicV6(byte[] b) {
        if (zeros(b, 0, 12)) {
            return false; // ::, ::1 and every IPv4-compatible address
        }
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(b, 12); // mapped, in case a caller built one by hand
        }
        if (zeros(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && zeros(b, 10, 2)) {
            return isPublicV4(b, 12); // translated
        }
        int first = (b[0] & 0xff) << 8 | b[1] & 0xff;
        int second = (b[2] & 0xff) << 8 | b[3] & 0xff;
        if ((first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80 || (first & 0xffc0) == 0xfec0
                || (first & 0xff00) == 0xff00 || first == 0x2001 && second == 0x0db8
                || first == 0x0100 && zeros(b, 2, 6)) {
            return false;
        }
        if (first == 0x0064 && second == 0xff9b) {
            // NAT64: the well-known /96 is judged by its IPv4 address; the local-use 64:ff9b:1::/48 (whose IPv4
            // address sits where its operator's prefix length puts it) is refused whole, it is never global.
            return zeros(b, 4, 8) && isPublicV4(b, 12);
        }
        if (first == 0x2002) {
            return isPublicV4(b, 2); // 6to4
        }
        if (first == 0x2001 && second == 0) {
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            return isPublicV4(b, 4) && isPublicV4(client, 0); // Teredo
        }
        return true;
    }

    private static boolean zeros(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
