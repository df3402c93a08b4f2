package org.webmail.message;

import java.util.List;

import org.webmail.imap.MessageDetail;
import org.webmail.message.render.TextToken;

/**
 * A message as the read view shows it.
 *
 * @param textTokens             the plain-text body split into text and links, for Qute to escape; null without one
 * @param hasHtml                whether an HTML body is shown in the sandboxed frame
 * @param blockedRemoteResources remote images the sanitiser found (held back unless {@code remote} shows them)
 * @param remote                 whether remote content loads and what the reader is offered otherwise
 * @param sender                 the From address, lower-cased, that "always show from this sender" would trust; null without one
 */
public record MessageView(MessageDetail detail, List<TextToken> textTokens, boolean hasHtml, int blockedRemoteResources,
                          RemoteContentDecision remote, String sender) {

    /** Whether the frame loads remote content. */
    public boolean remoteShown() {
        return remote.shows();
    }

    /** Remote images are held back and the reader may show them: once, or always for this sender. */
    public boolean remoteOffered() {
        return blockedRemoteResources > 0 && remote == RemoteContentDecision.BLOCKED_WITH_OFFER;
    }

    /** Remote images are held back because the settings say never. */
    public boolean remoteOff() {
        return blockedRemoteResources > 0 && remote == RemoteContentDecision.BLOCKED_BY_SETTINGS;
    }

    /** Remote images load without asking because the reader trusts the sender. */
    public boolean remoteTrusted() {
        return blockedRemoteResources > 0 && remote == RemoteContentDecision.SHOWN_FOR_TRUSTED_SENDER;
    }

    /** "{folder}/{uid}" for the compose links (reply, forward, edit draft), encoded for a query parameter. */
    public String composeRef() {
        return java.net.URLEncoder.encode(detail.folder() + "/" + detail.uid(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reply-To is shown only when it says something From does not. */
    public boolean showReplyTo() {
        return !detail.replyTo().isEmpty() && !detail.replyTo().equals(detail.from());
    }
}
