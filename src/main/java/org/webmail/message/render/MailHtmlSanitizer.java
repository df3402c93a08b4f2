package org.webmail.message.render;

import java.util.function.Function;

import jakarta.inject.Singleton;

import org.owasp.html.Handler;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * The one place where a message's HTML body becomes markup a page may contain.
 * <p>
 * Allow-list sanitising with the OWASP java-html-sanitizer: its parser copes with the broken markup mail is full
 * of, and every rewrite (cid: lookup, remote-image blocking, link targets) happens inside the policy, never by
 * editing the output afterwards. Pure: no I/O, safe to call from any thread (state lives in each call's policy),
 * so one instance serves the whole application.
 */
@Singleton
public class MailHtmlSanitizer {

    /**
     * @param html         the text/html body as received, may be null
     * @param remote       whether remote images may be loaded
     * @param cidResolver  maps a Content-ID (without angle brackets) to an image URL for that part: a
     *                     {@code data:image/...;base64,} URI or a path on our own origin; null when the part is missing
     */
    public SanitizedHtml sanitize(String html, RemoteContent remote, Function<String, String> cidResolver) {
        return sanitize(html, remote, cidResolver, Function.identity(), LinkCheck.NONE);
    }

    /**
     * As above, with allowed remote image URLs rewritten: the reading view points them at the webmail's own image
     * proxy. Passing the rewriter in keeps this class free of I/O and signing keys.
     *
     * @param remoteImages maps an allowed http(s) image URL to the URL the page should use instead (the URL
     *                     itself, or a path on our own origin); null drops the image
     */
    public SanitizedHtml sanitize(String html, RemoteContent remote, Function<String, String> cidResolver,
            Function<String, String> remoteImages) {
        return sanitize(html, remote, cidResolver, remoteImages, LinkCheck.NONE);
    }

    /**
     * As above, with each surviving web link shown to {@code links}, which may send it through a page that shows
     * where it leads first. The check sees the link's text as well as its href, so the link is held back until its
     * closing tag ({@link LinkDetours}).
     */
    public SanitizedHtml sanitize(String html, RemoteContent remote, Function<String, String> cidResolver,
            Function<String, String> remoteImages, LinkCheck links) {
        if (html == null || html.isBlank()) {
            return new SanitizedHtml("", 0);
        }
        ImageSourcePolicy images = new ImageSourcePolicy(remote, cidResolver, remoteImages);
        PolicyFactory policy = MailHtmlPolicy.withImageSources(images);
        StringBuilder safe = new StringBuilder(html.length());
        HtmlStreamEventReceiver renderer = HtmlStreamRenderer.create(safe, Handler.DO_NOTHING);
        HtmlSanitizer.sanitize(html, policy.apply(new LinkDetours(renderer, links)));
        return new SanitizedHtml(safe.toString(), images.blockedRemote());
    }
}
