package org.webmail.compose.smtp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.webmail.compose.ComposeMessages;

/**
 * Puts an SMTP reply (RFC 5321 section 4.2) and its enhanced status code (RFC 3463) in words a user understands.
 * The server's own text is always shown next to it, so support can see exactly what was said.
 * <p>
 * The outbox decides the explanation in the background, where nobody's language is known, and keeps it for as long as
 * the delivery log shows it; so it stores a code ("AUTH_FAILED", "TRY_LATER&#9;451") and {@link #words} turns it into a
 * sentence in the reader's language when a page shows it. Text stored before codes existed is shown as it is.
 */
final class ReplyExplanation {

    /** RFC 3463 section 2: class.subject.detail, right after the three-digit code. */
    private static final Pattern ENHANCED = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.(\\d{1,3})");

    /** Separates a code from its detail (an SMTP code, a reason, an earlier explanation). */
    private static final String DETAIL = "\t";

    static final String UNREACHABLE = "UNREACHABLE";
    static final String NO_COMMON_MECHANISM = "NO_COMMON_MECHANISM";
    static final String UNKNOWN = "UNKNOWN";
    static final String INTERRUPTED = "INTERRUPTED";
    static final String SIGN_IN_NEEDED = "SIGN_IN_NEEDED";
    static final String CONNECTION_FAILED = "CONNECTION_FAILED";
    static final String AUTH_FAILED = "AUTH_FAILED";
    static final String NO_SUCH_MAILBOX = "NO_SUCH_MAILBOX";
    static final String NOT_RELAYED = "NOT_RELAYED";
    static final String TOO_BIG = "TOO_BIG";
    static final String POLICY = "POLICY";
    static final String TRY_LATER = "TRY_LATER";
    static final String REFUSED = "REFUSED";
    static final String GAVE_UP = "GAVE_UP";
    static final String NOT_PREPARED = "NOT_PREPARED";
    /** The header of a list of things that failed after a message was sent (see {@link SentFollowUps}). */
    static final String FOLLOW_UP = "FOLLOW_UP";

    private ReplyExplanation() {
    }

    static String of(int code, String reply) {
        String text = reply == null ? "" : reply.toLowerCase(Locale.ROOT);
        String enhanced = enhancedCode(reply);
        if (code == 535 || "5.7.8".equals(enhanced)) {
            return AUTH_FAILED;
        }
        if ("5.1.1".equals(enhanced) || (code == 550 && (text.contains("no such") || text.contains("unknown") || text.contains("does not exist")))) {
            return NO_SUCH_MAILBOX;
        }
        if ("5.7.1".equals(enhanced) || text.contains("relay")) {
            return NOT_RELAYED;
        }
        if (code == 552 || "5.3.4".equals(enhanced) || "5.2.3".equals(enhanced)) {
            return TOO_BIG;
        }
        if (code == 554 || (enhanced != null && enhanced.startsWith("5.7."))) {
            return POLICY;
        }
        if (code == 421 || (code >= 400 && code < 500)) {
            return with(TRY_LATER, String.valueOf(code));
        }
        return with(REFUSED, String.valueOf(code));
    }

    static String gaveUp(String lastExplanation) {
        return lastExplanation == null ? GAVE_UP : with(GAVE_UP, lastExplanation);
    }

    static String notPrepared(String reason) {
        return with(NOT_PREPARED, reason);
    }

    /** A code and its detail, the detail kept on one line. */
    static String with(String code, String detail) {
        return code + DETAIL + (detail == null ? "" : detail.replaceAll("[\\r\\n]+", " "));
    }

    /** A stored explanation (or follow-up note) in the reader's words; null stays null. */
    static String words(String stored, ComposeMessages w) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(FOLLOW_UP + "\n")) {
            return SentFollowUps.words(stored.substring(FOLLOW_UP.length() + 1), w);
        }
        int tab = stored.indexOf(DETAIL);
        String code = tab < 0 ? stored : stored.substring(0, tab);
        String detail = tab < 0 ? "" : stored.substring(tab + 1);
        return switch (code) {
            case UNREACHABLE -> w.whyUnreachable();
            case NO_COMMON_MECHANISM -> w.whyNoCommonMechanism();
            case UNKNOWN -> w.whyUnknown();
            case INTERRUPTED -> w.whyInterrupted();
            case SIGN_IN_NEEDED -> w.whySignInNeeded();
            case CONNECTION_FAILED -> w.whyConnectionFailed();
            case AUTH_FAILED -> w.whyAuthFailed();
            case NO_SUCH_MAILBOX -> w.whyNoSuchMailbox();
            case NOT_RELAYED -> w.whyNotRelayed();
            case TOO_BIG -> w.whyTooBig();
            case POLICY -> w.whyPolicy();
            case TRY_LATER -> w.whyTryLater(detail);
            case REFUSED -> w.whyRefused(detail);
            case NOT_PREPARED -> w.whyNotPrepared(detail);
            case GAVE_UP -> detail.isEmpty() ? w.whyGaveUp() : w.whyGaveUp() + " " + w.lastProblem(words(detail, w));
            default -> stored; // written before explanations were stored as codes
        };
    }

    static String enhancedCode(String reply) {
        if (reply == null) {
            return null;
        }
        Matcher m = ENHANCED.matcher(reply.strip());
        return m.find() ? m.group(1) + "." + m.group(2) + "." + m.group(3) : null;
    }
}
