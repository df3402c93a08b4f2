package org.webmail.message.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;

/**
 * Decides what an {@code <img src>} may point at; one instance per sanitised message, because it counts.
 * <ul>
 *   <li>{@code cid:} (RFC 2392) is looked up with the caller's resolver: the part travels with the message.</li>
 *   <li>{@code data:image/png|gif|jpeg|webp;base64} stays (also the common mislabel image/jpg): it is inside
 *       the message already. SVG does not (it is a document, not a picture).</li>
 *   <li>{@code http:}, {@code https:} and protocol-relative {@code //host} are remote: when allowed, handed to
 *       the caller's rewriter (which points them at our own image proxy, so the reader's browser never asks the
 *       sender's server), otherwise removed and counted.</li>
 *   <li>Anything else (relative paths, other schemes) is removed.</li>
 * </ul>
 * OWASP's URL guard has already run when {@link #apply} is called: it rejects unknown schemes and
 * percent-encodes whitespace, which is why data: payloads are decoded before they are checked.
 */
final class ImageSourcePolicy implements AttributePolicy {

    private static final Pattern EMBEDDED_IMAGE =
            Pattern.compile("data:image/(?:png|gif|jpe?g|webp);base64,[A-Za-z0-9+/]+={0,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE64_NOISE = Pattern.compile("\\s|%(?:0[9aAdD]|20)");
    /** A path on our own origin, e.g. an attachment endpoint; not "//host" and not "/\host" (browsers read both as a host). */
    private static final Pattern SAME_ORIGIN_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    private final RemoteContent remote;
    private final Function<String, String> cidResolver;
    private final Function<String, String> remoteImages;
    private int blockedRemote;

    ImageSourcePolicy(RemoteContent remote, Function<String, String> cidResolver, Function<String, String> remoteImages) {
        this.remote = remote;
        this.cidResolver = cidResolver;
        this.remoteImages = remoteImages;
    }

    int blockedRemote() {
        return blockedRemote;
    }

    @Override
    public String apply(String elementName, String attributeName, String rawValue) {
        String value = rawValue.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cid:")) {
            return inlinePart(value.substring(4));
        }
        if (lower.startsWith("data:")) {
            return embeddedImage(value);
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return remoteImage(value);
        }
        if (lower.startsWith("//")) {
            return remoteImage("https:" + value);
        }
        return null;
    }

    private String remoteImage(String url) {
        if (remote == RemoteContent.ALLOW) {
            String rewritten = remoteImages.apply(url);
            if (rewritten == null) {
                return null;
            }
            // Like the cid: resolver's answer, the rewriter's skips OWASP's URL guard: it must be the URL as
            // written or a path on our own origin.
            return rewritten.equals(url) || SAME_ORIGIN_PATH.matcher(rewritten).matches() ? rewritten : null;
        }
        blockedRemote++;
        return null;
    }

    private String inlinePart(String encodedContentId) {
        String contentId = contentId(encodedContentId);
        if (contentId.isEmpty() || cidResolver == null) {
            return null;
        }
        String resolved = cidResolver.apply(contentId);
        if (resolved == null) {
            return null;
        }
        // The resolver's answer skips OWASP's URL guard (that ran on the cid: URL), so it is checked here.
        String image = embeddedImage(resolved);
        if (image != null) {
            return image;
        }
        return SAME_ORIGIN_PATH.matcher(resolved).matches() ? resolved : null;
    }

    /** RFC 2392 section 2: the URL form of a Content-ID is %hh-encoded and has no angle brackets. */
    private static String contentId(String encoded) {
        String id = percentDecoded(encoded);
        if (id.startsWith("<") && id.endsWith(">") && id.length() > 2) {
            id = id.substring(1, id.length() - 1);
        }
        return id.strip();
    }

    /**
     * RFC 3986 section 2.1 percent-decoding as UTF-8 bytes. Unlike form decoding, '+' stays a '+'; a '%' that
     * starts no valid escape is kept as written, since senders do write such ids.
     */
    private static String percentDecoded(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        byte[] in = encoded.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        int length = 0;
        for (int i = 0; i < in.length; i++) {
            int high = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
            int low = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
            if (in[i] == '%' && high >= 0 && low >= 0) {
                out[length++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                out[length++] = in[i];
            }
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }

    private static String embeddedImage(String value) {
        String compact = BASE64_NOISE.matcher(value).replaceAll("");
        return EMBEDDED_IMAGE.matcher(compact).matches() ? compact : null;
    }
}
