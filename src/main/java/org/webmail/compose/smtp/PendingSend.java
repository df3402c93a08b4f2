package org.webmail.compose.smtp;

import java.util.List;

/** What a worker needs to send one claimed message, copied out of the database so no entity outlives its transaction. */
record PendingSend(long id, String login, String envelopeFrom, List<String> recipients, String messageId, byte[] message,
                   OutgoingMessage.AfterSend afterSend) {

    static PendingSend of(OutboxMessage m) {
        return new PendingSend(m.id, m.login, m.envelopeFrom, m.recipientList(), m.messageId, m.message, m.afterSend());
    }
}
