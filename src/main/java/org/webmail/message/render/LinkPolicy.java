package org.webmail.message.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;

/**
 * Links in mail: only web and mail addresses, and each opens outside the webmail.
 * <p>
 * The href check runs after OWASP's URL guard has decoded entities and refused unknown schemes; it
 * narrows further to http, https and mailto with a real address after the scheme, so relative links (which
 * would point into the webmail itself), {@code data:}, {@code cid:} and {@code javascript:} never survive.
 * Opening in a new browsing context with {@code rel="noopener noreferrer"} keeps the sender's page from
 * reaching back into ours through {@code window.opener} and from learning the reader's message URL via Referer.
 */
final class LinkPolicy {

    private static final Pattern ALLOWED_HREF =
            Pattern.compile("(?:https?://[^\\s/?#\\\\]+|mailto:[^\\s]+)[^\\s]*", Pattern.CASE_INSENSITIVE);

    static final AttributePolicy HREF = (elementName, attributeName, value) -> {
        String href = value.strip();
        return ALLOWED_HREF.matcher(href).matches() ? href : null;
    };

    static final ElementPolicy OPENS_OUTSIDE = (elementName, attrs) -> {
        if (valueIndex(attrs, "href") >= 0) {
            set(attrs, "target", "_blank");
            set(attrs, "rel", "noopener noreferrer");
        }
        return elementName;
    };

    private LinkPolicy() {
    }

    /** OWASP hands attributes as a flat [name, value, name, value, ...] list. */
    private static int valueIndex(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static void set(List<String> attrs, String name, String value) {
        int index = valueIndex(attrs, name);
        if (index >= 0) {
            attrs.set(index, value);
        } else {
            attrs.add(name);
            attrs.add(value);
        }
    }
}
