package org.webmail.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.message.render.LinkCheck;
import org.webmail.message.spoofing.LinkSignals;
import org.webmail.message.spoofing.LinkWarning;
import org.webmail.web.LinkSignature;

/**
 * Links to the page that shows where a doubtful link leads ({@link LeavingResource}). The message frame has an
 * opaque origin, so the reader's click arrives without a session cookie; the page therefore needs no sign-in, and
 * the signature over the target and the host the text showed keeps it from being an open redirect that anyone
 * could point at any site with our name on it.
 */
@ApplicationScoped
public class LeavingLinks {

    static final String PATH = "/leaving";
    /** The purpose is signed with the values, so a signature made for another use (a remote image) never fits here. */
    private static final String PURPOSE = "leaving";
    /** Long enough for a message left open in a tab for days; the frame is rendered afresh on every view anyway. */
    private static final Duration LIFETIME = Duration.ofDays(7);

    @Inject
    LinkSignature signature;

    /** The check the sanitiser and the plain-text linker use: a detour for doubtful links, null for the others. */
    public LinkCheck check() {
        return (href, text) -> LinkSignals.check(href, text).map(this::href).orElse(null);
    }

    String href(LinkWarning warning) {
        String shown = warning.shown() == null ? "" : warning.shown().unicode();
        Instant expires = signature.now().plus(LIFETIME).truncatedTo(ChronoUnit.SECONDS);
        String sig = signature.sign(expires, PURPOSE, warning.target(), shown);
        return PATH + "?to=" + encoded(warning.target()) + "&shown=" + encoded(shown) + "&expires=" + expires.getEpochSecond()
                + "&sig=" + sig;
    }

    /** The warning for a signed detour; empty when the signature does not hold (tampered, expired, or missing). */
    Optional<LinkWarning> verified(String target, String shown, Long expires, String sig) {
        if (target == null || expires == null
                || !signature.verify(sig, Instant.ofEpochSecond(expires), PURPOSE, target, shown == null ? "" : shown)) {
            return Optional.empty();
        }
        return LinkSignals.explain(target, shown == null || shown.isEmpty() ? null : shown);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
