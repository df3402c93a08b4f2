package org.webmail.compose.smtp;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport that remembers when it started the end-of-data step (the "." line, RFC 5321
 * section 4.1.1.4). From then on the server may have taken the message even if its reply never arrives, so a
 * broken connection means "outcome unknown", not "try again" (RFC 5321 section 6.1 on duplicate deliveries).
 */
final class EndOfDataTransport extends SMTPTransport {

    private volatile boolean endOfDataStarted;

    EndOfDataTransport(Session session, Relay relay) {
        super(session, new URLName(SmtpSessions.protocol(relay), relay.host(), relay.port(), null, null, null),
                SmtpSessions.protocol(relay), relay.security() == SmtpSettings.Security.TLS);
    }

    @Override
    public synchronized void sendMessage(jakarta.mail.Message message, jakarta.mail.Address[] addresses) throws MessagingException {
        endOfDataStarted = false; // a kept connection carries many messages: each starts afresh
        super.sendMessage(message, addresses);
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        endOfDataStarted = true;
        super.finishData();
    }

    boolean endOfDataStarted() {
        return endOfDataStarted;
    }
}
