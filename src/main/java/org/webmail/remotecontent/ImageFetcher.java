package org.webmail.remotecontent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLSocketFactory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fetches one remote image for the proxy: every hop (the first URL and each redirect) is checked by the
 * {@link AddressGuard} for scheme and port, resolved once, checked again by address, and fetched from exactly that
 * address. The whole fetch, redirects included, shares one deadline.
 */
@ApplicationScoped
class ImageFetcher {

    /** RFC 9110 section 15.4: the redirects that name a new location for the same GET. */
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    @Inject
    RemoteContentSettings settings;

    private AddressGuard guard;

    /** The image's sniffed type and bytes. */
    record Image(ImageType type, byte[] bytes) {
    }

    @PostConstruct
    void init() {
        guard = new AddressGuard(settings.allowedPorts(), settings.allowedPrivateHosts().orElse(List.of()));
    }

    Image fetch(URI url) throws RefusedImage {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        HttpExchange.Limits limits = new HttpExchange.Limits(settings.connectTimeout(), settings.readTimeout(),
                settings.maxBytes(), deadline);
        URI current = url;
        for (int hop = 0; ; hop++) {
            AddressGuard.Target target = guard.target(current);
            InetAddress[] addresses = resolve(target.host(), deadline);
            guard.checkResolved(target, addresses);
            HttpExchange.Reply reply = exchange(target, addresses[0], limits);
            if (REDIRECTS.contains(reply.status()) && reply.headers().containsKey("location")) {
                if (hop >= settings.maxRedirects()) {
                    throw new RefusedImage(Outcome.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects());
                }
                current = redirectTarget(current, reply.headers().get("location"));
                continue;
            }
            return image(reply);
        }
    }

    private static HttpExchange.Reply exchange(AddressGuard.Target target, InetAddress address, HttpExchange.Limits limits)
            throws RefusedImage {
        try {
            return HttpExchange.get(target, address, limits, (SSLSocketFactory) SSLSocketFactory.getDefault());
        } catch (SocketTimeoutException e) {
            throw new RefusedImage(Outcome.TIMED_OUT, "timed out");
        } catch (IOException e) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, e.getClass().getSimpleName());
        }
    }

    private static Image image(HttpExchange.Reply reply) throws RefusedImage {
        if (reply.status() != 200) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "status " + reply.status());
        }
        String encoding = reply.headers().getOrDefault("content-encoding", "identity").strip().toLowerCase(Locale.ROOT);
        if (!ImageType.declaredMayBeImage(reply.headers().get("content-type")) || !encoding.equals("identity")) {
            throw new RefusedImage(Outcome.NOT_AN_IMAGE, "declared type or encoding");
        }
        ImageType type = ImageType.sniff(reply.body())
                .orElseThrow(() -> new RefusedImage(Outcome.NOT_AN_IMAGE, "bytes are no known image"));
        return new Image(type, reply.body());
    }

    private static URI redirectTarget(URI current, String location) throws RefusedImage {
        try {
            return current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "bad Location");
        }
    }

    /**
     * The one lookup for this hop. The JDK resolver has no timeout of its own, so it runs on a virtual thread
     * that we stop waiting for at the deadline.
     */
    private static InetAddress[] resolve(String host, long deadline) throws RefusedImage {
        FutureTask<InetAddress[]> lookup = new FutureTask<>(() -> InetAddress.getAllByName(host));
        Thread.startVirtualThread(lookup);
        try {
            return lookup.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException) {
                throw new RefusedImage(Outcome.UNRESOLVED, "unknown host");
            }
            throw new RefusedImage(Outcome.UPSTREAM_FAILED, "lookup failed");
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new RefusedImage(Outcome.TIMED_OUT, "lookup timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedImage(Outcome.TIMED_OUT, "interrupted");
        }
    }
}
