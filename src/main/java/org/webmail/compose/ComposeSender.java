package org.webmail.compose;

import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.account.Contacts;
import org.webmail.account.Identities;
import org.webmail.compose.smtp.Outbox;
import org.webmail.compose.smtp.OutgoingMessage;
import org.webmail.imap.MailAddress;

/** Send: check the form, assemble the exact bytes, hand them to the outbox (stored before any SMTP), close the form. */
@ApplicationScoped
public class ComposeSender {

    private final Outbox outbox;
    private final Identities identities;
    private final Contacts contacts;
    private final MessageAssembler assembler;
    private final AttachmentUploads uploads;
    private final ComposeSessions sessions;
    private final SendingLimits limits;

    @Inject
    public ComposeSender(Outbox outbox, Identities identities, Contacts contacts, MessageAssembler assembler,
                         AttachmentUploads uploads, ComposeSessions sessions, SendingLimits limits) {
        this.limits = limits;
        this.outbox = outbox;
        this.identities = identities;
        this.contacts = contacts;
        this.assembler = assembler;
        this.uploads = uploads;
        this.sessions = sessions;
    }

    /**
     * Sends, then waits briefly for the server's answer (see {@link Outbox#awaitFirstAttempt}) so the page after the
     * click can say whether it went. Returns the outbox id; throws {@link ComposeProblem} (form untouched) when the
     * message cannot go.
     */
    public long send(String login, ComposeSession session) {
        ComposeForm form = session.form();
        ComposedMessage message = FormCheck.forSending(identities, login, form);
        uploads.checkTotal(form);
        limits.check(login, message.envelopeRecipients().size());
        String envelopeFrom = Addresses.parse(message.identity().address()).get(0).address();
        long id;
        try (AssembledMessage assembled = assembler.forSending(message)) {
            var original = form.original;
            var draft = form.draft;
            var afterSend = new OutgoingMessage.AfterSend(draft == null ? null : draft.folder(), draft == null ? null : draft.uid(),
                    original == null ? null : original.folder(), original == null ? null : original.uid(),
                    original != null && original.forwarded());
            id = outbox.enqueue(new OutgoingMessage(login, envelopeFrom, message.envelopeRecipients(), assembled.messageId(),
                    HeaderText.singleLine(message.subject()), assembled.bytes(), afterSend));
            contacts.recordSent(login, Stream.of(message.to(), message.cc(), message.bcc()).flatMap(java.util.List::stream)
                    .map(r -> new MailAddress(r.name(), r.shown())).toList());
            sessions.close(session);
        }
        outbox.awaitFirstAttempt(id);
        return id;
    }
}
