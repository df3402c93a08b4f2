package org.webmail.remotecontent;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.web.LinkSignature;

/**
 * Writes and checks the links through which a message's remote images load: {@code /remote-content/image?url=…
 * &expires=…&sig=…}. The sandboxed body frame has an opaque origin, so its image requests carry no session
 * cookie; the signature is what proves that this server wrote the link for that URL, so the proxy is not open
 * to anyone who guesses the shape. The expiry is rounded up to the hour, so a message shown twice in that hour
 * gets the same link and the browser's cache can answer.
 */
@ApplicationScoped
public class RemoteImageLinks {

    static final String PATH = "/remote-content/image";
    /** Keeps these signatures apart from other links signed with the same key. */
    static final String PURPOSE = "remote-image";
    private static final long HOUR = 3600;

    @Inject
    LinkSignature signature;

    @Inject
    RemoteContentSettings settings;

    /** The proxy link for a remote image URL, or null when the URL is not one the proxy could ever fetch. */
    public String proxied(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        long until = signature.now().plus(settings.linkLifetime()).getEpochSecond();
        Instant expires = Instant.ofEpochSecond((until / HOUR + 1) * HOUR);
        return PATH + "?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&expires=" + expires.getEpochSecond()
                + "&sig=" + signature.sign(expires, PURPOSE, url);
    }

    boolean verify(String url, Long expires, String sig) {
        return url != null && expires != null && signature.verify(sig, Instant.ofEpochSecond(expires), PURPOSE, url);
    }
}
