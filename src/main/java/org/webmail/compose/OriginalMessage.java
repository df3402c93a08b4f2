package org.webmail.compose;

/**
 * The message a reply or forward answers, flagged \Answered or $Forwarded once the new one is sent.
 * Written into drafts as {@code X-Webmail-Original: reply INBOX/42} so a resumed draft still knows it.
 */
public record OriginalMessage(String folder, long uid, boolean forwarded) {

    public String marker() {
        return (forwarded ? "forward " : "reply ") + folder + "/" + uid;
    }

    /** Reads a marker back; null when it is missing or not ours. */
    public static OriginalMessage parse(String marker) {
        if (marker == null) {
            return null;
        }
        String m = marker.strip();
        int space = m.indexOf(' ');
        int slash = m.lastIndexOf('/');
        if (space < 0 || slash < space) {
            return null;
        }
        String kind = m.substring(0, space);
        try {
            long uid = Long.parseLong(m.substring(slash + 1));
            return kind.equals("reply") || kind.equals("forward")
                    ? new OriginalMessage(m.substring(space + 1, slash), uid, kind.equals("forward")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
