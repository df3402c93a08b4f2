package org.webmail.message.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a browser builds from sanitised mail: the output is re-parsed with an HTML5 tree builder (jsoup), so a
 * test sees the elements a reader's browser would create, including any that only appear on re-parsing (mXSS).
 */
record RenderedMail(SanitizedHtml sanitized, Document dom) {

    static final Function<String, String> NO_INLINE_PARTS = contentId -> null;

    static RenderedMail fixture(String resource, RemoteContent remote) {
        return of(read(resource), remote, NO_INLINE_PARTS);
    }

    static RenderedMail of(String html, RemoteContent remote, Function<String, String> cidResolver) {
        return of(html, remote, cidResolver, Function.identity());
    }

    static RenderedMail of(String html, RemoteContent remote, Function<String, String> cidResolver,
            Function<String, String> remoteImages) {
        SanitizedHtml sanitized = new MailHtmlSanitizer().sanitize(html, remote, cidResolver, remoteImages);
        return new RenderedMail(sanitized, Jsoup.parseBodyFragment(sanitized.html()));
    }

    static String read(String resource) {
        try (InputStream in = RenderedMail.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a reader sees, whitespace collapsed. */
    String visibleText() {
        return dom.body().text();
    }

    String html() {
        return sanitized.html();
    }

    int count(String cssQuery) {
        return dom.body().select(cssQuery).size();
    }
}
