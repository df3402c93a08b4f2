package org.webmail.compose.smtp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an SMTP reply (RFC 5321 section 4.2) and its enhanced status code (RFC 3463) in words a user understands.
 * The server's own text is always shown next to it, so support can see exactly what was said.
 */
final class ReplyExplanation {

    /** RFC 3463 section 2: class.subject.detail, right after the three-digit code. */
    private static final Pattern ENHANCED = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.(\\d{1,3})");

    static final String UNREACHABLE = "The mail server could not be reached (the connection was refused or timed out). "
            + "Your message is safe in the outbox and will be tried again.";
    static final String NO_COMMON_MECHANISM = "The mail server does not offer the sign-in method this webmail is set up for, "
            + "so the message was not handed over. It is safe in the outbox and will be tried again; if this persists, "
            + "tell your administrator.";
    static final String UNKNOWN = "The connection to the mail server broke just after the message was handed over, before "
            + "the server confirmed it. It may or may not have been sent, so it will not be sent again automatically: "
            + "check your Sent folder or ask the recipient before sending it again.";
    static final String INTERRUPTED = "The webmail stopped while this message was being sent, so it is not known whether "
            + "the mail server took it. It will not be sent again automatically: check your Sent folder or ask the "
            + "recipient before sending it again.";

    private ReplyExplanation() {
    }

    static String of(int code, String reply) {
        String text = reply == null ? "" : reply.toLowerCase(Locale.ROOT);
        String enhanced = enhancedCode(reply);
        if (code == 535 || "5.7.8".equals(enhanced)) {
            return "The mail server did not accept your sign-in for sending (authentication failed). Sign out and in again; "
                    + "if it keeps happening, your account may not be allowed to send mail.";
        }
        if ("5.1.1".equals(enhanced) || (code == 550 && (text.contains("no such") || text.contains("unknown") || text.contains("does not exist")))) {
            return "The recipient's address does not exist (no such mailbox). Check the address for typing mistakes.";
        }
        if ("5.7.1".equals(enhanced) || text.contains("relay")) {
            return "The mail server refused this message: it does not relay it for you, or you are not allowed to send as "
                    + "this From address. Send from one of your own addresses.";
        }
        if (code == 552 || "5.3.4".equals(enhanced) || "5.2.3".equals(enhanced)) {
            return "The message is too big for the mail server. Remove or shrink attachments and send it again.";
        }
        if (code == 554 || (enhanced != null && enhanced.startsWith("5.7."))) {
            return "The mail server rejected the message as spam or against its policy.";
        }
        if (code == 421 || (code >= 400 && code < 500)) {
            return "The mail server is busy or asked to try again later (" + code + "). Your message is safe in the outbox "
                    + "and will be tried again.";
        }
        return "The mail server refused the message (" + code + ") and it was not sent.";
    }

    static String gaveUp(String lastExplanation) {
        return "The mail server kept refusing the message temporarily for too long, so the outbox gave up. "
                + (lastExplanation == null ? "" : "Last problem: " + lastExplanation);
    }

    static String enhancedCode(String reply) {
        if (reply == null) {
            return null;
        }
        Matcher m = ENHANCED.matcher(reply.strip());
        return m.find() ? m.group(1) + "." + m.group(2) + "." + m.group(3) : null;
    }
}
