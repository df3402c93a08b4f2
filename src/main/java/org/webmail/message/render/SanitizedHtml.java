package org.webmail.message.render;

/**
 * Mail HTML that is safe to put in a page.
 *
 * @param html                    the sanitised markup (an HTML fragment, never a whole document)
 * @param blockedRemoteResources  how many remote image sources were removed because remote content was blocked
 */
public record SanitizedHtml(String html, int blockedRemoteResources) {

    public boolean hasBlockedRemoteResources() {
        return blockedRemoteResources > 0;
    }
}
