package org.webmail.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.account.Identities;
import org.webmail.account.Identity;
import org.webmail.imap.AttachmentInfo;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.imap.MessageDetail;
import org.webmail.imap.SpooledContent;
import org.webmail.message.render.MailHtmlSanitizer;
import org.webmail.message.render.RemoteContent;

/** Opens a compose form: blank or prefilled, a reply, a forward, or a saved draft. */
@ApplicationScoped
public class ComposeOpener {

    private final MailStore store;
    private final Identities identities;
    private final ComposeSessions sessions;
    private final MailHtmlSanitizer sanitizer;
    private final Drafts drafts;

    @Inject
    public ComposeOpener(MailStore store, Identities identities, ComposeSessions sessions, MailHtmlSanitizer sanitizer, Drafts drafts) {
        this.store = store;
        this.identities = identities;
        this.sessions = sessions;
        this.sanitizer = sanitizer;
        this.drafts = drafts;
    }

    public ComposeSession blank(String login, Mailto prefill) {
        ComposeSession session = sessions.open(login);
        ComposeForm form = session.form();
        Identity identity = identities.of(login).get(0);
        form.identityId = identity.id();
        form.to = prefill.to();
        form.cc = prefill.cc();
        form.bcc = prefill.bcc();
        form.subject = prefill.subject();
        form.body = prefill.body() + signature(identity);
        return session;
    }

    public ComposeSession reply(MailCredentials credentials, String login, String folder, long uid, boolean all, ZoneId zone,
                                ComposeMessages words) {
        MessageDetail original = store.openMessage(credentials, folder, uid, false);
        ReplyBuilder builder = new ReplyBuilder(identities.of(login), zone, words);
        ComposeForm built = builder.reply(original, store.threadingHeaders(credentials, folder, uid), quotedHtml(original), all);
        return started(login, built);
    }

    public ComposeSession forward(MailCredentials credentials, String login, String folder, long uid, boolean asAttachment, ZoneId zone,
                                  ComposeMessages words) {
        MessageDetail original = store.openMessage(credentials, folder, uid, false);
        ReplyBuilder builder = new ReplyBuilder(identities.of(login), zone, words);
        ComposeSession session = started(login, asAttachment ? builder.forwardAsAttachment(original)
                : builder.forwardInline(original, quotedHtml(original)));
        if (asAttachment) {
            try (SpooledContent source = store.source(credentials, folder, uid)) {
                String name = (original.subject() == null || original.subject().isBlank() ? "message" : original.subject()) + ".eml";
                session.form().attachments.add(kept(session, source, name, "message/rfc822"));
            }
        } else {
            // Carried over from the server, part by part: the user never downloads and uploads them again.
            for (AttachmentInfo info : original.attachments()) {
                try (SpooledContent part = store.part(credentials, folder, uid, info.partPath())) {
                    session.form().attachments.add(kept(session, part, info.fileName(), ContentTypes.of(info.fileName(), info.contentType())));
                }
            }
        }
        return session;
    }

    public ComposeSession draft(MailCredentials credentials, String login, String folder, long uid) {
        ComposeSession session = sessions.open(login);
        try {
            drafts.resume(credentials, login, folder, uid, session);
            return session;
        } catch (RuntimeException e) {
            sessions.close(session);
            throw e;
        }
    }

    private ComposeSession started(String login, ComposeForm built) {
        ComposeSession session = sessions.open(login);
        ComposeForm form = session.form();
        form.identityId = built.identityId;
        form.to = built.to;
        form.cc = built.cc;
        form.subject = built.subject;
        Identity identity = identities.find(login, built.identityId).orElseGet(() -> identities.of(login).get(0));
        form.body = signature(identity) + built.body;
        form.quoteHtml = built.quoteHtml;
        form.inReplyTo = built.inReplyTo;
        form.references = built.references;
        form.original = built.original;
        return session;
    }

    private String quotedHtml(MessageDetail original) {
        return original.htmlBody() != null ? sanitizer.sanitize(original.htmlBody(), RemoteContent.BLOCK, cid -> null).html()
                : Quoting.textAsHtml(original.textBody());
    }

    /** RFC 3676 4.3: the signature follows a line of "-- ". */
    private static String signature(Identity identity) {
        String text = identity.signatureText();
        return text == null || text.isBlank() ? "" : "\n\n-- \n" + text.replace("\r\n", "\n");
    }

    private static Attachment kept(ComposeSession session, SpooledContent content, String name, String type) {
        Path file = session.newFile();
        try {
            Files.move(content.file(), file, StandardCopyOption.REPLACE_EXISTING);
            return new Attachment(HeaderText.singleLine(name), type, file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
