package org.webmail.compose;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.webmail.account.Identity;
import org.webmail.imap.MailAddress;
import org.webmail.imap.MessageDetail;
import org.webmail.imap.MessageHeaders;

/**
 * The starting form of a reply, reply-all or forward: recipients, subject, quoted body and threading headers
 * (RFC 5322 3.6.4). Attachments of a forward are carried over by the caller, which can reach the mail store.
 */
public final class ReplyBuilder {

    private final List<Identity> mine;
    private final ZoneId zone;
    private final ComposeMessages words;

    /** @param mine the user's identities, the default first */
    public ReplyBuilder(List<Identity> mine, ZoneId zone) {
        this(mine, zone, null);
    }

    /** @param words the writer's language for the attribution and forward headers; null for English */
    public ReplyBuilder(List<Identity> mine, ZoneId zone, ComposeMessages words) {
        this.mine = mine;
        this.zone = zone;
        this.words = words;
    }

    /** Reply to the author (Reply-To when set, RFC 5322 3.6.2), or to everyone when {@code all}. */
    public ComposeForm reply(MessageDetail original, MessageHeaders threading, String quotedHtml, boolean all) {
        ComposeForm form = start(original);
        List<MailAddress> author = original.replyTo().isEmpty() ? original.from() : original.replyTo();
        List<MailAddress> to = new ArrayList<>(author);
        List<MailAddress> cc = new ArrayList<>();
        if (all) {
            to.addAll(original.to());
            cc.addAll(original.cc());
        }
        to = withoutMine(to, List.of());
        cc = withoutMine(cc, to);
        if (to.isEmpty() && cc.isEmpty()) {
            to = original.to(); // replying to one's own sent message: write to its recipients again
        }
        form.to = display(to);
        form.cc = display(cc);
        form.subject = Quoting.replySubject(original.subject());
        String attribution = Quoting.attribution(original.date(), first(original.from()), zone, words);
        form.body = "\n\n" + attribution + "\n" + Quoting.quotePlain(original.textBody());
        form.quoteHtml = Quoting.quoteHtml(attribution, quotedHtml);
        if (threading.messageId() != null) {
            form.inReplyTo = threading.messageId();
            List<String> references = new ArrayList<>(threading.references());
            references.add(threading.messageId());
            form.references = List.copyOf(references);
        }
        form.original = new OriginalMessage(original.folder(), original.uid(), false);
        return form;
    }

    /** Forward inline: a block of the original's headers, then its text; its attachments follow separately. */
    public ComposeForm forwardInline(MessageDetail original, String quotedHtml) {
        ComposeForm form = start(original);
        form.subject = Quoting.forwardSubject(original.subject());
        String headers = (words == null ? "---------- Forwarded message ----------" : words.forwardedMessage()) + "\n"
                + (words == null ? "From" : words.from()) + ": " + display(original.from()) + "\n"
                + (original.date() == null ? "" : (words == null ? "Date" : words.dateHeader()) + ": "
                        + Quoting.date(original.date(), zone, words) + "\n")
                + (words == null ? "Subject" : words.subject()) + ": " + (original.subject() == null ? "" : original.subject()) + "\n"
                + (words == null ? "To" : words.to()) + ": " + display(original.to()) + "\n"
                + (original.cc().isEmpty() ? "" : (words == null ? "Cc" : words.cc()) + ": " + display(original.cc()) + "\n");
        form.body = "\n\n" + headers + "\n" + (original.textBody() == null ? "" : original.textBody().replace("\r\n", "\n"));
        form.quoteHtml = "<p>" + Quoting.escape(headers).replace("\n", "<br>") + "</p>" + quotedHtml;
        form.original = new OriginalMessage(original.folder(), original.uid(), true);
        return form;
    }

    /** Forward as attachment: an empty body and the original as message/rfc822, added by the caller. */
    public ComposeForm forwardAsAttachment(MessageDetail original) {
        ComposeForm form = start(original);
        form.subject = Quoting.forwardSubject(original.subject());
        form.original = new OriginalMessage(original.folder(), original.uid(), true);
        return form;
    }

    /** Writes from the identity the original was sent to (the first one in To, then Cc), else the default one. */
    private ComposeForm start(MessageDetail original) {
        ComposeForm form = new ComposeForm();
        form.identityId = Stream.of(original.to(), original.cc()).flatMap(List::stream)
                .flatMap(a -> mine.stream().filter(i -> i.address().equalsIgnoreCase(a.address())))
                .findFirst().orElse(mine.get(0)).id();
        return form;
    }

    private List<MailAddress> withoutMine(List<MailAddress> addresses, List<MailAddress> already) {
        Set<String> own = mine.stream().map(i -> i.address().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        already.forEach(a -> own.add(a.address().toLowerCase(Locale.ROOT)));
        Map<String, MailAddress> kept = new LinkedHashMap<>();
        for (MailAddress a : addresses) {
            String key = a.address().toLowerCase(Locale.ROOT);
            if (!own.contains(key)) {
                kept.putIfAbsent(key, a);
            }
        }
        return List.copyOf(kept.values());
    }

    private static MailAddress first(List<MailAddress> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    static String display(List<MailAddress> addresses) {
        return addresses.stream().map(a -> new Recipient(a.name() == null ? "" : a.name(), a.address(), a.address()).display())
                .collect(Collectors.joining(", "));
    }
}
