package org.webmail.compose.smtp;

/**
 * What one send attempt came to.
 *
 * @param relay       the server that answered (or could not be reached), as the log shows it
 * @param reply       the server's own last reply, e.g. "250 2.0.0 Ok: queued as 4F1B2"
 * @param explanation the outcome as a code the delivery log words for the user ({@link ReplyExplanation}); null when accepted
 */
public record SubmissionOutcome(Kind kind, String relay, String reply, String explanation) {

    public enum Kind {
        /** 250 after the end of data: the server took responsibility for the message. */
        ACCEPTED,
        /** Not taken, try later: 4xx, or no server could be reached. */
        TRANSIENT,
        /** Refused for good: 5xx. */
        PERMANENT,
        /** The connection broke after the end of data, before the reply: it may have gone. */
        UNKNOWN
    }
}
