package org.webmail.message.spoofing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links that are not what they look like: text that shows one host while the target is another ("www.bank.example"
 * linking to evil.example), a target host in punycode or mixing alphabets, and a target with userinfo
 * (RFC 3986 section 3.2.1: "http://bank.example@evil.example/" goes to evil.example; section 7.6 names the trick).
 * Only http and https targets are checked: mailto links open our own compose form, which shows the address.
 */
public final class LinkSignals {

    /** RFC 3986 section 3.2: the authority runs from "//" to the first "/", "?" or "#"; browsers also stop at "\". */
    private static final Pattern WEB_TARGET = Pattern.compile("(?i)https?://([^/?#\\\\]*)(?:[/?#\\\\].*)?", Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile(":[0-9]*$");
    private static final String DOMAIN = "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:\\p{L}{2,}|xn--[a-z0-9-]+)";
    /** Link text that reads as a URL or a bare domain: "https://bank.example/login", "www.bank.example", "bank.example". */
    private static final Pattern TEXT_HOST = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*://(?:[^/?#\\s@]*@)?([^/?#\\s:@]+)|(" + DOMAIN + "))(?::[0-9]+)?(?:[/?#]\\S*)?");
    private static final String TEXT_EDGE = "\"'()<>[]{}.,;:!?«»“”‘’ ";

    private LinkSignals() {
    }

    /** Why the link {@code href} with visible text {@code text} should be checked first; empty for an ordinary link. */
    public static Optional<LinkWarning> check(String href, String text) {
        return explain(href, hostShownBy(text)).filter(LinkWarning::suspicious);
    }

    /**
     * The reasons for a link already known to be doubtful (the page before leaving re-derives them from the signed
     * target and the host the text showed); empty when the target is not a web address.
     */
    public static Optional<LinkWarning> explain(String target, String shownHost) {
        if (target == null) {
            return Optional.empty();
        }
        Matcher web = WEB_TARGET.matcher(target.strip());
        if (!web.matches()) {
            return Optional.empty();
        }
        String authority = web.group(1);
        int at = authority.lastIndexOf('@');
        String userinfo = at < 0 ? null : authority.substring(0, at);
        Domain host = host(authority.substring(at + 1));
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(new LinkWarning(target.strip(), host, shownHost == null ? null : Domain.of(shownHost), userinfo));
    }

    /** The host a link's text names when the text reads as a URL or a domain; null for "Click here". */
    public static String hostShownBy(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = SenderSignals.visibleName(strip(folded));
        Matcher matcher = TEXT_HOST.matcher(folded);
        if (!matcher.matches()) {
            return null;
        }
        String host = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        Domain domain = Domain.of(host);
        return domain == null ? null : domain.unicode();
    }

    private static Domain host(String hostAndPort) {
        String host = hostAndPort;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            String literal = (end < 0 ? host : host.substring(0, end + 1)).toLowerCase(Locale.ROOT);
            return new Domain(literal, literal); // an IPv6 literal reads as what it is
        }
        host = PORT.matcher(host).replaceFirst("");
        if (host.indexOf('%') >= 0) {
            try {
                host = URLDecoder.decode(host.replace("+", "%2B"), StandardCharsets.UTF_8); // browsers decode %xx in hosts
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return Domain.of(host);
    }

    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (Character.isWhitespace(text.charAt(from)) || TEXT_EDGE.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || TEXT_EDGE.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return text.substring(from, to);
    }
}
