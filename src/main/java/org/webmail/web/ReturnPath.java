package org.webmail.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a form may send the browser back to: only a path of this webmail's mail or search pages. Anything else
 * (another site, "//evil.example", "/\evil.example", a scheme, a fragment, control characters) is refused, so a
 * crafted form or link cannot turn the webmail into an open redirect (OWASP "Unvalidated Redirects").
 */
public final class ReturnPath {

    private ReturnPath() {
    }

    public static Optional<String> local(String back) {
        if (back == null || back.length() > 2000 || !back.chars().allMatch(c -> c > 0x20 && c < 0x7f) || back.contains("\\")) {
            return Optional.empty();
        }
        if (!(back.startsWith("/mail/") || back.equals("/search") || back.startsWith("/search?") || back.startsWith("/search/"))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                    || uri.getPath() == null || uri.getPath().contains("/../") || uri.getPath().endsWith("/..")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(back);
    }
}
