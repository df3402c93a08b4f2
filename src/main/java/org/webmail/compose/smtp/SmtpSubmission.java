package org.webmail.compose.smtp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.jboss.logging.Logger;
import org.webmail.imap.MailCredentials;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Submits one stored message with the user's own credentials (RFC 6409) and says what came of it. The bytes go out
 * unchanged to the stored envelope. The user's connection is kept for their next message ({@link SmtpConnections});
 * a kept connection that turns out dead before the end of data is replaced by a fresh one at once, since the server
 * cannot have taken the message. The backup relay is tried only when the primary cannot be reached at all; a primary
 * that answers, even with a refusal, has the last word.
 */
@ApplicationScoped
public class SmtpSubmission {

    private static final Logger LOG = Logger.getLogger(SmtpSubmission.class);
    /** "Service not available, closing transmission channel": what a server says to a connection it idled out. */
    private static final int CLOSING = 421;
    /** "334 &lt;base64 JSON error&gt;": the server refusing a token mid-AUTH (RFC 7628 section 3.2.2). */
    private static final int TOKEN_ERROR_CHALLENGE = 334;

    private final SmtpConnections connections;
    private final MeterRegistry meters;

    @Inject
    public SmtpSubmission(SmtpConnections connections, MeterRegistry meters) {
        this.connections = connections;
        this.meters = meters;
    }

    private record Attempt(SubmissionOutcome outcome, boolean unreachable, boolean keptConnectionDied) {
        Attempt(SubmissionOutcome outcome, boolean unreachable) {
            this(outcome, unreachable, false);
        }
    }

    public SubmissionOutcome submit(MailCredentials credentials, String envelopeFrom, List<String> recipients, byte[] rfc822) {
        Attempt attempt = null;
        for (Relay relay : connections.relays()) {
            attempt = attempt(relay, credentials, envelopeFrom, recipients, rfc822);
            if (!attempt.unreachable()) {
                return attempt.outcome();
            }
            LOG.warnf("submission relay %s unreachable: %s", relay.label(), attempt.outcome().reply());
        }
        return attempt.outcome();
    }

    private Attempt attempt(Relay relay, MailCredentials credentials, String envelopeFrom, List<String> recipients, byte[] rfc822) {
        Address[] envelopeTo;
        SMTPMessage message;
        try {
            envelopeTo = envelope(recipients);
            // Parsed, never modified: writeTo then sends the stored header lines and body as they are.
            message = new SMTPMessage(connections.session(relay, credentials.mechanism()), new ByteArrayInputStream(rfc822));
            message.setEnvelopeFrom(envelopeFrom); // RFC 5321 MAIL FROM, per message on a shared connection
        } catch (MessagingException e) {
            return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.PERMANENT, relay.label(), null,
                    ReplyExplanation.notPrepared(e.getMessage())), false);
        }
        Attempt attempt = over(connections.borrow(relay, credentials), credentials, message, envelopeTo);
        if (attempt.keptConnectionDied()) {
            LOG.debugf("kept SMTP connection of %s to %s had gone: %s; sending over a new one", credentials.username(),
                    relay.label(), attempt.outcome().reply());
            attempt = over(connections.fresh(relay, credentials), credentials, message, envelopeTo);
        }
        return attempt;
    }

    private Attempt over(SmtpConnections.Lease lease, MailCredentials credentials, SMTPMessage message, Address[] envelopeTo) {
        Relay relay = lease.key().relay();
        EndOfDataTransport transport = lease.transport();
        boolean connected = lease.reused();
        long started = System.nanoTime();
        Attempt attempt;
        try {
            if (!lease.reused()) {
                transport.connect(relay.host(), relay.port(), credentials.loginName(), credentials.secret());
                connected = true;
            }
            transport.sendMessage(message, envelopeTo);
            attempt = new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.ACCEPTED, relay.label(),
                    strip(transport.getLastServerResponse()), null), false);
            connections.giveBack(lease, credentials);
        } catch (AuthenticationFailedException e) {
            attempt = new Attempt(authenticationRefused(relay, transport, e), false);
            connections.discard(lease);
        } catch (MessagingException e) {
            attempt = classify(lease, transport, connected, e);
            connections.discard(lease);
        } catch (IllegalStateException e) {
            // Angus found the kept connection already closed before writing a byte of this message.
            if (!lease.reused()) {
                throw e;
            }
            attempt = new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.TRANSIENT, relay.label(), noReply(e), null), false, true);
            connections.discard(lease);
        }
        meters.timer("webmail.smtp.submit", "connection", lease.reused() ? "kept" : "new",
                "outcome", attempt.outcome().kind().name().toLowerCase(java.util.Locale.ROOT))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return attempt;
    }

    private static Attempt classify(SmtpConnections.Lease lease, EndOfDataTransport transport, boolean connected, MessagingException e) {
        Relay relay = lease.key().relay();
        FailedReply failed = FailedReply.of(e, transport.getLastReturnCode(), transport.getLastServerResponse());
        boolean realReply = failed.code() >= 400 && failed.code() < 600;
        if (lease.reused() && !transport.endOfDataStarted() && (!realReply || failed.code() == CLOSING)) {
            return new Attempt(new SubmissionOutcome(SubmissionOutcome.Kind.TRANSIENT, relay.label(),
                    realReply ? failed.text() : noReply(e), null), false, true);
        }
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
                ReplyExplanation.CONNECTION_FAILED), false);
    }

    /**
     * What a failed AUTH (RFC 4954) means. A 334 is the server's error challenge to a token (RFC 7628 section 3.2.2),
     * which Angus's XOAUTH2 leaves unanswered: the token was refused, just as a 535 says. A reply below 400 (the EHLO's
     * 250) means no AUTH was sent at all: the server offers none of the mechanisms these credentials need.
     */
    private static SubmissionOutcome authenticationRefused(Relay relay, EndOfDataTransport transport, AuthenticationFailedException e) {
        int code = transport.getLastReturnCode();
        String reply = strip(transport.getLastServerResponse());
        if (code > 0 && code < 400 && code != TOKEN_ERROR_CHALLENGE) {
            return new SubmissionOutcome(SubmissionOutcome.Kind.TRANSIENT, relay.label(), "(no AUTH: " + e.getMessage() + ")",
                    ReplyExplanation.NO_COMMON_MECHANISM);
        }
        return refusal(relay, code >= 400 ? code : 535, reply == null || reply.isEmpty() ? e.getMessage() : reply);
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
}
