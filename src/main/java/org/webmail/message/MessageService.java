package org.webmail.message;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.account.AccountService;
import org.webmail.account.Contacts;
import org.webmail.account.RemoteContentPolicy;
import org.webmail.account.TrustedSenders;
import org.webmail.imap.InlineImage;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.imap.MessageDetail;
import org.webmail.imap.SpooledContent;
import org.webmail.message.render.MailHtmlSanitizer;
import org.webmail.message.render.PlainTextBody;
import org.webmail.message.render.RemoteContent;
import org.webmail.message.render.SanitizedHtml;
import org.webmail.remotecontent.RemoteImageLinks;

/** Reading one message: the view, its sanitised HTML body, its parts and its source. */
@ApplicationScoped
public class MessageService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MessageService.class);

    @Inject
    MailStore mailStore;

    @Inject
    MailHtmlSanitizer sanitizer;

    @Inject
    RecentMessages recent;

    @Inject
    Contacts contacts;

    @Inject
    AccountService accounts;

    @Inject
    TrustedSenders trustedSenders;

    @Inject
    RemoteImageLinks remoteImages;

    @Inject
    LeavingLinks leavingLinks;

    /** Opens a message for reading, which marks it read (RFC 3501 \Seen) like any mail client. */
    public MessageView open(MailCredentials credentials, String folder, long uid, boolean showRemote) {
        MessageDetail detail = mailStore.openMessage(credentials, folder, uid, true);
        recent.remember(credentials.username(), detail);
        noteSender(credentials.username(), detail);
        int blocked = 0;
        RemoteContentDecision remote = RemoteContentDecision.BLOCKED_WITH_OFFER;
        if (detail.htmlBody() != null) {
            blocked = sanitize(detail, RemoteContent.BLOCK).blockedRemoteResources();
            remote = remoteContent(credentials.username(), detail, showRemote);
        }
        var tokens = detail.textBody() == null ? null : PlainTextBody.tokens(detail.textBody(), false, false, leavingLinks.check());
        return new MessageView(detail, tokens, detail.htmlBody() != null, blocked, remote, sender(detail));
    }

    /** The reader's remote content policy applied to this message's sender; the lookups stay out of the pure rule. */
    private RemoteContentDecision remoteContent(String login, MessageDetail detail, boolean readerAsked) {
        RemoteContentPolicy policy = accounts.settings(login).remoteContent();
        String sender = sender(detail);
        boolean trusted = policy == RemoteContentPolicy.TRUSTED && sender != null && trustedSenders.trusts(login, sender);
        return RemoteContentDecision.decide(policy, trusted, readerAsked);
    }

    /** The first From address, lower-cased as the trusted list keeps them; null when the message has none. */
    private static String sender(MessageDetail detail) {
        if (detail.from() == null || detail.from().isEmpty() || detail.from().getFirst().address() == null
                || detail.from().getFirst().address().isBlank()) {
            return null;
        }
        return detail.from().getFirst().address().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "Always show from this sender": trusts the message's From address (read from the message, not from the form).
     * Returns false when the message has no usable sender.
     */
    public boolean trustSender(MailCredentials credentials, String folder, long uid) {
        MessageDetail detail = recent.find(credentials.username(), folder, uid)
                .orElseGet(() -> mailStore.openMessage(credentials, folder, uid, false));
        String sender = sender(detail);
        return sender != null && trustedSenders.alwaysShowFrom(credentials.username(), sender).isEmpty();
    }

    /** The sender joins the reader's autocomplete; reading must never fail because the address book did. */
    private void noteSender(String login, MessageDetail detail) {
        if (detail.from() == null || detail.from().isEmpty()) {
            return;
        }
        try {
            contacts.recordSeen(login, detail.from().getFirst());
        } catch (RuntimeException e) {
            LOG.warnf("Could not note the sender of a message for %s: %s", login, e.toString());
        }
    }

    /**
     * The HTML body for the sandboxed frame, decided by the same rule as the page that holds the frame; the detail
     * usually comes from the open that showed the page.
     */
    public BodyFrame htmlBody(MailCredentials credentials, String folder, long uid, boolean readerAsked) {
        MessageDetail detail = recent.find(credentials.username(), folder, uid)
                .orElseGet(() -> mailStore.openMessage(credentials, folder, uid, false));
        if (detail.htmlBody() == null) {
            return new BodyFrame(new SanitizedHtml("", 0), false);
        }
        RemoteContentDecision remote = remoteContent(credentials.username(), detail, readerAsked);
        return new BodyFrame(sanitize(detail, remote.sanitising()), remote.shows());
    }

    public SpooledContent part(MailCredentials credentials, String folder, long uid, String partPath) {
        return mailStore.part(credentials, folder, uid, partPath);
    }

    public SpooledContent source(MailCredentials credentials, String folder, long uid) {
        return mailStore.source(credentials, folder, uid);
    }

    /** Remote images that may load go through our proxy: the sender's server never sees the reader. */
    private SanitizedHtml sanitize(MessageDetail detail, RemoteContent remote) {
        return sanitizer.sanitize(detail.htmlBody(), remote, cidResolver(detail), remoteImages::proxied, leavingLinks.check());
    }

    /** cid: images become data: URIs inside the frame, which has no cookies to fetch them from us (opaque origin). */
    private static Function<String, String> cidResolver(MessageDetail detail) {
        Map<String, String> uris = new HashMap<>();
        for (InlineImage image : detail.inlineImages()) {
            if (image.contentType() != null && image.contentType().toLowerCase().startsWith("image/")) {
                uris.put(image.contentId(), "data:" + image.contentType().toLowerCase().split(";")[0].strip() + ";base64,"
                        + Base64.getEncoder().encodeToString(image.data()));
            }
        }
        return uris::get;
    }
}
