package org.webmail.compose.smtp;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * The server's refusal inside a failed send: the worst reply code in the exception chain (one per refused
 * recipient, RFC 5321 section 4.2) and its text, or the transport's last reply when the chain holds none.
 */
record FailedReply(int code, String text) {

    static FailedReply of(MessagingException failure, int lastCode, String lastReply) {
        int worst = -1;
        String text = null;
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            int code = codeOf(e);
            if (code > worst) {
                worst = code;
                text = e.getMessage();
            }
            if (e instanceof MessagingException m && m.getNextException() == e) {
                break;
            }
        }
        if (worst <= 0) {
            return new FailedReply(lastCode, lastReply == null ? null : lastReply.strip());
        }
        return new FailedReply(worst, text == null ? null : text.strip());
    }

    private static int codeOf(Exception e) {
        if (e instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (e instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        if (e instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        return -1;
    }
}
