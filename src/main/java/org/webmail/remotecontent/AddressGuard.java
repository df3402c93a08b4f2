package org.webmail.remotecontent;

import java.net.InetAddress;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the proxy may fetch a URL: before resolving, from the URL's scheme, host text and port; after
 * resolving, from every address the host resolved to. Pure: the caller resolves (once) and connects to an address
 * this guard accepted, so what was checked is what is reached.
 * <p>
 * The host text is only ever parsed by {@link URI}, which refuses odd IPv4 spellings outright ("127.1", "0x7f.1"
 * give no host); whatever else Java turns into an address ("2130706433" is 127.0.0.1) is judged as that address.
 * The allow-list names {@code host:port} pairs written exactly as in the URL (for test servers and internal
 * image servers); a listed pair skips the port and address checks, nothing else does.
 */
final class AddressGuard {

    /** A URL the guard let through its first check: what to resolve and where to connect. */
    record Target(URI uri, boolean tls, String host, int port, boolean allowListed) {
    }

    private final Set<Integer> ports;
    private final Set<String> allowedPrivate = new HashSet<>();

    AddressGuard(Collection<Integer> ports, Collection<String> allowedPrivateHosts) {
        this.ports = Set.copyOf(ports);
        for (String entry : allowedPrivateHosts) {
            if (!entry.isBlank()) {
                allowedPrivate.add(entry.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    Target target(URI uri) throws RefusedImage {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new RefusedImage(Outcome.REFUSED_URL, "not an http(s) URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getHost().isEmpty()) {
            throw new RefusedImage(Outcome.REFUSED_URL, "no plain host");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean listed = allowedPrivate.contains(host + ":" + port);
        if (!listed && !ports.contains(port)) {
            throw new RefusedImage(Outcome.REFUSED_PORT, "port " + port);
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new Target(uri, tls, bare, port, listed);
    }

    /** Any one address that is not public refuses the host: a resolver may hand out another one next time. */
    void checkResolved(Target target, InetAddress[] addresses) throws RefusedImage {
        if (addresses == null || addresses.length == 0) {
            throw new RefusedImage(Outcome.UNRESOLVED, "no address");
        }
        if (target.allowListed()) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!AddressRanges.isPublic(address)) {
                throw new RefusedImage(Outcome.REFUSED_ADDRESS, "not a public address");
            }
        }
    }
}
