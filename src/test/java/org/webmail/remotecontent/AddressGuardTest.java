package org.webmail.remotecontent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The guard in front of the image proxy. Addresses are built from literals (no DNS); a URL's host goes the way the
 * fetcher takes it: {@link URI} first, then the JDK's own parsing of whatever host text URI accepted.
 */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(List.of(80, 443), List.of("127.0.0.1:8080"));

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254",
        "127.0.0.1", "127.255.255.254", "169.254.169.254", "169.254.0.1", "172.16.0.1", "172.31.255.255",
        "192.168.0.1", "192.168.255.255", "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.19.255.255", "198.51.100.7",
        "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255"})
    void refusesEveryNonPublicIpv4Range(String address) throws Exception {
        assertFalse(AddressRanges.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "::127.0.0.1", "::8.8.8.8", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
        "::ffff:169.254.169.254", "::ffff:0:127.0.0.1", "fc00::1", "fdff:ffff::1", "fe80::1", "febf::1", "fec0::1",
        "ff02::1", "ff05::1:3", "100::1", "2001:db8::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::8.8.8.8",
        "2002:7f00:1::1", "2002:a9fe:a9fe::", "2002:c0a8:101::1",
        // Teredo: server 127.0.0.1; then a public server with the obfuscated client 10.0.0.1 (bits inverted).
        "2001:0:7f00:1::1", "2001:0:808:808::f5ff:fffe"})
    void refusesEveryNonPublicIpv6RangeAndIpv4HiddenInIpv6(String address) throws Exception {
        assertFalse(AddressRanges.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.1", "172.15.255.255",
        "172.32.0.1", "169.253.1.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001::200e",
        "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2001:0:808:808::f7f7:f7f7"})
    void acceptsPublicAddresses(String address) throws Exception {
        assertTrue(AddressRanges.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://images.example/a.png", "file:///etc/passwd", "gopher://images.example/",
        "jar:http://images.example/a.jar!/", "data:image/png;base64,AAAA", "/relative.png", "//images.example/a.png",
        "http://user:pass@images.example/a.png", "http://127.1/a.png", "http://0x7f.1/a.png",
        "http:///a.png", "http://images.example:8080/a.png", "http://images.example:22/", "https://images.example:6379/"})
    void refusesOtherSchemesHostTextItCannotReadAndOtherPorts(String url) {
        assertThrows(RefusedImage.class, () -> guard.target(URI.create(url)), url);
    }

    @Test
    void aNonDefaultPortIsRefusedBeforeAnyLookup() {
        RefusedImage refused = assertThrows(RefusedImage.class, () -> guard.target(URI.create("http://images.example:25/")));
        assertEquals(Outcome.REFUSED_PORT, refused.outcome);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/a.png", "http://0/a.png", "http://127.0.0.1/a.png", "http://[::1]/a.png",
        "http://[::ffff:127.0.0.1]/a.png", "http://[::127.0.0.1]/a.png", "http://[0:0:0:0:0:ffff:7f00:1]/a.png",
        "http://169.254.169.254/latest/meta-data/", "https://[fe80::1]/a.png", "http://[64:ff9b::a9fe:a9fe]/",
        "http://localhost/a.png", "http://127.0.0.1:8081/a.png", "http://127.0.0.2:8080/a.png"})
    void hostsThatAreOrResolveToNonPublicAddressesAreRefused(String url) {
        RefusedImage refused = assertThrows(RefusedImage.class, () -> resolvedAndChecked(url), url);
        assertTrue(refused.outcome == Outcome.REFUSED_ADDRESS || refused.outcome == Outcome.REFUSED_PORT, url + " " + refused.outcome);
    }

    @Test
    void oneBadAddressAmongGoodOnesRefusesTheHost() throws Exception {
        AddressGuard.Target target = guard.target(URI.create("https://images.example/a.png"));
        InetAddress[] answers = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        RefusedImage refused = assertThrows(RefusedImage.class, () -> guard.checkResolved(target, answers));
        assertEquals(Outcome.REFUSED_ADDRESS, refused.outcome);
        assertEquals(Outcome.UNRESOLVED,
                assertThrows(RefusedImage.class, () -> guard.checkResolved(target, new InetAddress[0])).outcome);
    }

    @Test
    void publicHostsOnStandardPortsPassAndTheAllowListOpensExactlyItsHostAndPort() throws Exception {
        AddressGuard.Target web = guard.target(URI.create("HTTPS://Images.Example/a.png"));
        assertEquals("images.example", web.host());
        assertEquals(443, web.port());
        assertTrue(web.tls());
        guard.checkResolved(web, new InetAddress[] {InetAddress.getByName("93.184.216.34")});

        AddressGuard.Target listed = guard.target(URI.create("http://127.0.0.1:8080/pixel.png"));
        assertTrue(listed.allowListed());
        guard.checkResolved(listed, InetAddress.getAllByName(listed.host()));

        AddressGuard.Target v6 = guard.target(URI.create("http://[2606:4700:4700::1111]/a.png"));
        assertEquals("2606:4700:4700::1111", v6.host(), "brackets off, ready for the resolver");
    }

    /** What the fetcher does before it connects: URI, the guard, the JDK's lookup of literal host text, the guard. */
    private void resolvedAndChecked(String url) throws RefusedImage {
        AddressGuard.Target target = guard.target(URI.create(url));
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(target.host());
        } catch (UnknownHostException e) {
            throw new RefusedImage(Outcome.UNRESOLVED, "unknown");
        }
        guard.checkResolved(target, addresses);
    }
}
