package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;

import java.util.Locale;

import org.webmail.imap.FolderChangeRefusedException.Reason;

/**
 * Turns a server's NO or BAD to CREATE, RENAME, DELETE or (UN)SUBSCRIBE into a plain sentence, from the response
 * code where the server gives one (RFC 5530: ALREADYEXISTS, NONEXISTENT, NOPERM, CANNOT, INUSE, LIMIT) and
 * from its text otherwise. A dropped connection is not a refusal and is left to the caller.
 */
final class FolderRefusals {

    private FolderRefusals() {
    }

    /** The refusal inside this failure, or null when it is not one (a dropped connection, a timeout). */
    static FolderChangeRefusedException of(MessagingException failure, String path) {
        ProtocolException refusal = refusal(failure);
        if (refusal == null) {
            return null;
        }
        Response response = refusal.getResponse();
        String text = response == null ? "" : response.getRest();
        String serverText = text == null ? "" : text.strip();
        Reason reason = reason(serverText);
        String said = said(serverText);
        String detail = switch (reason) {
            case CANNOT, LIMIT, OTHER -> said;
            default -> path;
        };
        return new FolderChangeRefusedException(explain(serverText, path), failure, reason, detail);
    }

    /** Which refusal the server's words are, by the RFC 5530 response code where there is one. */
    static Reason reason(String serverText) {
        String code = serverText.startsWith("[") && serverText.indexOf(']') > 0
                ? serverText.substring(1, serverText.indexOf(']')).split(" ")[0].toUpperCase(Locale.ROOT) : "";
        String lower = said(serverText).toLowerCase(Locale.ROOT);
        return switch (code) {
            case "ALREADYEXISTS" -> Reason.TAKEN;
            case "NONEXISTENT" -> Reason.NONEXISTENT;
            case "NOPERM" -> Reason.NOPERM;
            case "CANNOT" -> Reason.CANNOT;
            case "INUSE" -> Reason.INUSE;
            case "LIMIT", "OVERQUOTA" -> Reason.LIMIT;
            default -> lower.contains("already exist") ? Reason.TAKEN
                    : lower.contains("no such") || lower.contains("not exist") || lower.contains("n't exist")
                    ? Reason.NONEXISTENT : Reason.OTHER;
        };
    }

    private static String said(String serverText) {
        return serverText.replaceFirst("^\\[[^]]*]\\s*", "");
    }

    static String explain(String serverText, String path) {
        String code = serverText.startsWith("[") && serverText.indexOf(']') > 0
                ? serverText.substring(1, serverText.indexOf(']')).split(" ")[0].toUpperCase(Locale.ROOT) : "";
        String said = serverText.replaceFirst("^\\[[^]]*]\\s*", "");
        String lower = said.toLowerCase(Locale.ROOT);
        return switch (code) {
            case "ALREADYEXISTS" -> "The name “" + path + "” is already in use.";
            case "NONEXISTENT" -> "There is no folder “" + path + "” (any more).";
            case "NOPERM" -> "You are not allowed to change the folder “" + path + "”.";
            case "CANNOT" -> "The mail server cannot do this: " + said;
            case "INUSE" -> "The folder “" + path + "” is in use right now; try again in a moment.";
            case "LIMIT", "OVERQUOTA" -> "The mail server's limit is reached: " + said;
            default -> lower.contains("already exist") ? "The name “" + path + "” is already in use."
                    : lower.contains("no such") || lower.contains("not exist") || lower.contains("n't exist")
                    ? "There is no folder “" + path + "” (any more)."
                    : "The mail server refused: " + (said.isEmpty() ? "no reason given." : said);
        };
    }

    private static ProtocolException refusal(MessagingException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.angus.mail.iap.CommandFailedException || t instanceof org.eclipse.angus.mail.iap.BadCommandException) {
                return (ProtocolException) t;
            }
        }
        return null;
    }
}
