package org.webmail.compose.smtp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jboss.logging.Logger;
import org.webmail.imap.MailCredentials;

/**
 * Submits one stored message with the user's own credentials (RFC 6409), one connection per send, and says what
 * came of it. The bytes go out unchanged to the stored envelope. The backup relay is tried only when the primary
 * cannot be reached at all; a primary that answers, even with a refusal, has the last word.
 */
@ApplicationScoped
public class SmtpSubmission {

    private static final Logger LOG = Logger.getLogger(SmtpSubmission.class);

    private final SmtpSessions sessions;

    @Inject
    public SmtpSubmission(SmtpSessions sessions) {
        this.sessions = sessions;
    }

    private record Attempt(SubmissionOutcome outcome, boolean unreachable) {
    }

    public SubmissionOutcome submit(MailCredentials credentials, String envelopeFrom, List<String> recipients, byte[] rfc822) {
        Attempt attempt = null;
        for (Relay relay : sessions.relays()) {
            attempt = attempt(relay, credentials, envelopeFrom, recipients, rfc822);
            if (!attempt.unreachable()) {
                return attempt.outcome();
            }
            LOG.warnf("submission relay %s unreachable: %s", relay.label(), attempt.outcome().reply());
        }
        return attempt.outcome();
    }

    private Attempt attempt(Relay relay, MailCredentials credentials, String envelopeFrom, List<String> recipients, byte[] rfc822) {
        Session session = sessions.forSend(relay, credentials.mechanism(), envelopeFrom);
        Address[] envelopeTo;
        MimeMessage message;
        try {
            envelopeTo = envelope(recipients);
            // Parsed, never modified: writeTo then sends the stored header lines and body as they are.
            message = new MimeMessage(session, new ByteArrayInputStream(rfc822));
        } catch (MessagingException e) {
            return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.PERMANENT, relay.label(), null,
                    "The message could not be prepared for sending: " + e.getMessage()), false);
        }
        EndOfDataTransport transport = new EndOfDataTransport(session, relay);
        boolean connected = false;
        try {
            transport.connect(relay.host(), relay.port(), credentials.username(), credentials.secret());
            connected = true;
            transport.sendMessage(message, envelopeTo);
            return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.ACCEPTED, relay.label(),
                    strip(transport.getLastServerResponse()), null), false);
        } catch (AuthenticationFailedException e) {
            int code = transport.getLastReturnCode() > 0 ? transport.getLastReturnCode() : 535;
            String reply = strip(transport.getLastServerResponse());
            return new Attempt(refusal(relay, code, reply == null || reply.isEmpty() ? e.getMessage() : reply), false);
        } catch (MessagingException e) {
            return classify(relay, transport, connected, e);
        } finally {
            close(transport);
        }
    }

    private static Attempt classify(Relay relay, EndOfDataTransport transport, boolean connected, MessagingException e) {
        FailedReply failed = FailedReply.of(e, transport.getLastReturnCode(), transport.getLastServerResponse());
        boolean realReply = failed.code() >= 400 && failed.code() < 600;
        if (transport.endOfDataStarted() && !realReply) {
            return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.UNKNOWN, relay.label(),
                    noReply(e), ReplyExplanation.UNKNOWN), false);
        }
        if (realReply) {
            return new Attempt(refusal(relay, failed.code(), failed.text()), false);
        }
        if (!connected && hasIoCause(e)) {
            return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.TRANSIENT, relay.label(), noReply(e),
                    ReplyExplanation.UNREACHABLE), true);
        }
        // The dialogue broke before the end of data: the server cannot have taken the message, so trying again is safe.
        return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.TRANSIENT, relay.label(), noReply(e),
                "The connection to the mail server failed before the message was handed over. It will be tried again."), false);
    }

    private static SubmissionOutcome refusal(Relay relay, int code, String reply) {
        SubmissionOutcome.Kind kind = code >= 500 ? SubmissionOutcome.Kind.PERMANENT : SubmissionOutcome.Kind.TRANSIENT;
        return new SubmissionOutcome(kind, relay.label(), reply, ReplyExplanation.of(code, reply));
    }

    private static Address[] envelope(List<String> recipients) throws AddressException {
        Address[] addresses = new Address[recipients.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(recipients.get(i), true);
        }
        return addresses;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** No SMTP reply to show: the low-level reason instead, e.g. "(no reply: java.net.ConnectException: Connection refused)". */
    private static String noReply(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        return "(no reply: " + root + ")";
    }

    private static String strip(String reply) {
        return reply == null ? null : reply.strip();
    }

    private static void close(EndOfDataTransport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debugf("closing the SMTP connection: %s", e.getMessage());
        }
    }
}
