package org.webmail.message.render;

/**
 * Decides, for each web link in a message, whether it goes straight to its target or first to a page on our own
 * origin that shows where it really leads. The caller supplies it (the decision needs IDNA and the detour needs a
 * signing key, neither of which belongs in this pure package).
 */
@FunctionalInterface
public interface LinkCheck {

    /** Every link stays direct. */
    LinkCheck NONE = (href, text) -> null;

    /**
     * @param href  the link's target, already narrowed to http, https or mailto by the sanitiser
     * @param text  the text the reader sees for the link (its markup removed)
     * @return the href to use instead, or null to keep {@code href}
     */
    String detour(String href, String text);
}
