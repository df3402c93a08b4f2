package org.webmail.message.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Sits between the sanitising policy and the renderer and holds back each {@code <a>} until its closing tag, so
 * that the link's href can be judged against the text the reader sees (which may be spread over nested markup:
 * {@code <a href=...><b>www.bank</b>.example</a>}). What it receives has passed the policy already; it only ever
 * replaces an href with the one {@link LinkCheck} gives, never adds markup.
 */
final class LinkDetours implements HtmlStreamEventReceiver {

    private final HtmlStreamEventReceiver out;
    private final LinkCheck check;
    /** The open link's attributes while its content is held back; null outside a link. */
    private List<String> linkAttributes;
    private final List<Runnable> heldBack = new ArrayList<>();
    private final StringBuilder linkText = new StringBuilder();
    private int nestedLinks;

    LinkDetours(HtmlStreamEventReceiver out, LinkCheck check) {
        this.out = out;
        this.check = check;
    }

    @Override
    public void openDocument() {
        out.openDocument();
    }

    @Override
    public void closeDocument() {
        release();
        out.closeDocument();
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        List<String> copy = List.copyOf(attrs); // OWASP reuses the list it hands over
        if (linkAttributes == null && isLink(elementName) && hrefIndex(copy) >= 0) {
            linkAttributes = new ArrayList<>(copy);
            return;
        }
        if (linkAttributes != null) {
            nestedLinks += isLink(elementName) ? 1 : 0;
            heldBack.add(() -> out.openTag(elementName, copy));
        } else {
            out.openTag(elementName, copy);
        }
    }

    @Override
    public void closeTag(String elementName) {
        if (linkAttributes == null) {
            out.closeTag(elementName);
        } else if (isLink(elementName) && nestedLinks == 0) {
            release();
            out.closeTag(elementName);
        } else {
            nestedLinks -= isLink(elementName) ? 1 : 0;
            heldBack.add(() -> out.closeTag(elementName));
        }
    }

    @Override
    public void text(String text) {
        if (linkAttributes == null) {
            out.text(text);
        } else {
            linkText.append(text);
            heldBack.add(() -> out.text(text));
        }
    }

    /** Emits the held-back link, its href replaced when the check says so, then its content. */
    private void release() {
        if (linkAttributes == null) {
            return;
        }
        int href = hrefIndex(linkAttributes);
        String detour = check.detour(linkAttributes.get(href), linkText.toString());
        if (detour != null) {
            linkAttributes.set(href, detour);
        }
        out.openTag("a", linkAttributes);
        heldBack.forEach(Runnable::run);
        heldBack.clear();
        linkText.setLength(0);
        linkAttributes = null;
        nestedLinks = 0;
    }

    private static boolean isLink(String elementName) {
        return "a".equals(elementName.toLowerCase(Locale.ROOT));
    }

    private static int hrefIndex(List<String> attrs) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if ("href".equals(attrs.get(i).toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return -1;
    }
}
