package org.webmail.compose;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.webmail.imap.MailAddress;

/** Subjects, attribution lines and quoted text of replies and forwards. */
public final class Quoting {

    /** Reply and forward prefixes in common use, stacked any number of times ("Re: Fwd: RE: ..."). */
    private static final Pattern PREFIXES = Pattern.compile("^(?:\\s*(?:re|fwd?|aw|wg|sv|vs|tr)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY = Pattern.compile("^\\s*re\\s*:", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private Quoting() {
    }

    /** "Re: " once: a subject that already starts with Re: keeps it (RFC 5322 3.6.5), never "Re: Re: ". */
    public static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return REPLY.matcher(s).find() ? "Re: " + s.substring(s.indexOf(':') + 1).strip() : "Re: " + s;
    }

    /** "Fwd: " once, whatever prefixes the original had. */
    public static String forwardSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return "Fwd: " + PREFIXES.matcher(s).replaceFirst("");
    }

    /** "On Tue, 1 Dec 2026 at 10:15, Bob Smith wrote:" in the reader's time zone. */
    public static String attribution(Instant date, MailAddress author, ZoneId zone) {
        String who = author == null ? "someone" : author.display();
        return date == null ? who + " wrote:" : "On " + DATE.format(date.atZone(zone)) + ", " + who + " wrote:";
    }

    /**
     * The same line in the writer's language ("Em ter., 1 de dez. de 2026 às 10:15, Bob Smith escreveu:"): it goes
     * into the message they send, so it follows the language their pages are in.
     */
    public static String attribution(Instant date, MailAddress author, ZoneId zone, ComposeMessages words) {
        if (words == null) {
            return attribution(date, author, zone);
        }
        String who = author == null ? words.someone() : author.display();
        return date == null ? words.attributionUndated(who) : words.attribution(date(date, zone, words), who);
    }

    /** "Tue, 1 Dec 2026 at 10:15" in the reader's time zone. */
    public static String date(Instant date, ZoneId zone) {
        return DATE.format(date.atZone(zone));
    }

    /** The same in the writer's language, or English when {@code words} is null. */
    public static String date(Instant date, ZoneId zone, ComposeMessages words) {
        if (words == null) {
            return date(date, zone);
        }
        Locale locale = Locale.forLanguageTag(words.languageTag());
        return DateTimeFormatter.ofPattern(words.quoteDatePattern(), locale).format(date.atZone(zone));
    }

    /**
     * Quotes text for a plain reply: "> " before each line, and one more '>' before lines already quoted so the
     * depth counts up the way format=flowed readers expect (RFC 3676 4.5: quote marks run together, no spaces).
     */
    public static String quotePlain(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").stripTrailing().split("\n", -1)) {
            out.append(line.startsWith(">") ? ">" + line : line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return out.toString();
    }

    /** The attribution and the already-sanitised original HTML in a blockquote, as HTML mail clients quote. */
    public static String quoteHtml(String attribution, String sanitizedHtml) {
        return "<p>" + escape(attribution) + "</p><blockquote type=\"cite\">" + sanitizedHtml + "</blockquote>";
    }

    /** The text of a plain original as HTML for the same blockquote. */
    public static String textAsHtml(String text) {
        return "<div style=\"white-space: pre-wrap\">" + escape(text == null ? "" : text) + "</div>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
