package org.webmail.message;

import java.util.List;

import org.webmail.imap.MessageDetail;
import org.webmail.message.render.TextToken;

/**
 * A message as the read view shows it.
 *
 * @param textTokens             the plain-text body split into text and links, for Qute to escape; null without one
 * @param hasHtml                whether an HTML body is shown in the sandboxed frame
 * @param blockedRemoteResources remote images held back until the reader asks for them
 */
public record MessageView(MessageDetail detail, List<TextToken> textTokens, boolean hasHtml, int blockedRemoteResources,
                          boolean remoteShown) {

    /** "{folder}/{uid}" for the compose links (reply, forward, edit draft), encoded for a query parameter. */
    public String composeRef() {
        return java.net.URLEncoder.encode(detail.folder() + "/" + detail.uid(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reply-To is shown only when it says something From does not. */
    public boolean showReplyTo() {
        return !detail.replyTo().isEmpty() && !detail.replyTo().equals(detail.from());
    }
}
