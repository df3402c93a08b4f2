package org.webmail.demo;

import jakarta.mail.Flags;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Conversations of three to five messages linked by Message-ID, In-Reply-To and References (RFC 5322 3.6.4):
 * what others wrote lands in INBOX, the demo user's replies in Sent, and a message the user answered is
 * \Seen and \Answered.
 */
final class ReplyThreads {

    /** One message of a conversation; {@code charset} is that of its headers and text. */
    record Step(DemoPerson from, String text, List<DemoFile> files, String charset) {
        static Step say(DemoPerson from, String text) {
            return new Step(from, text, List.of(), "UTF-8");
        }
    }

    private static final DateTimeFormatter QUOTED = DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final DemoContext context;

    ReplyThreads(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        DemoCalendar calendar = context.calendar();
        ThreadScripts scripts = new ThreadScripts(context.me());
        messages.addAll(thread(calendar.between(20, 60), "Relatório de vendas — março", scripts.salesReport()));
        messages.addAll(thread(calendar.between(3, 15), "会議の議事録", scripts.meetingMinutes()));
        messages.addAll(thread(calendar.between(30, 120), "Offsite venue shortlist", scripts.offsiteVenues()));
        messages.addAll(thread(calendar.between(90, 300), "Q2 budget review", scripts.budgetReview()));
        messages.addAll(thread(calendar.between(3, 40), "Bug: attachments over 20 MB fail to upload", scripts.uploadBug()));
        messages.addAll(thread(calendar.between(3, 4), "Lunch on Friday?", scripts.lunch()));
        messages.addAll(thread(calendar.between(150, 400), "Contract renewal — Acme Supplies", scripts.contractRenewal()));
        messages.addAll(thread(calendar.between(10, 80), "Interview loop for the frontend role", scripts.interviewLoop()));
        return messages;
    }

    private List<DemoMessage> thread(Instant start, String subject, List<Step> steps) {
        Set<DemoPerson> participants = new LinkedHashSet<>();
        participants.add(context.me());
        steps.forEach(step -> participants.add(step.from()));
        List<DemoMessage> thread = new ArrayList<>();
        DemoEnvelope previous = null;
        String previousText = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            DemoPerson to = recipient(steps, i);
            List<DemoPerson> cc = participants.stream().filter(p -> !p.equals(step.from()) && !p.equals(to)).toList();
            Instant date = previous == null ? start : context.calendar().after(previous.date(), 20, 600);
            DemoEnvelope envelope = previous == null
                    ? DemoEnvelope.of(step.from(), to, subject, date, context.messageId(step.from()))
                    : previous.reply(step.from(), List.of(to), date, context.messageId(step.from()));
            envelope = envelope.withCc(cc);
            String text = previous == null ? step.text() : step.text() + "\n\n" + quote(previous, previousText);
            boolean mine = step.from().equals(context.me());
            if (mine && !thread.isEmpty() && thread.getLast().folder().equals(DemoFolders.INBOX)) {
                thread.set(thread.size() - 1, thread.getLast().with(Flags.Flag.SEEN).with(Flags.Flag.ANSWERED));
            }
            thread.add(mine
                    ? context.read(DemoFolders.SENT, date, build(envelope, text, step))
                    : context.received(DemoFolders.INBOX, date, build(envelope, text, step)));
            previous = envelope;
            previousText = text;
        }
        return thread;
    }

    /** Whom a step answers: the previous writer, or for the opening message the demo user or the first other writer. */
    private DemoPerson recipient(List<Step> steps, int index) {
        DemoPerson from = steps.get(index).from();
        for (int i = index - 1; i >= 0; i--) {
            if (!steps.get(i).from().equals(from)) {
                return steps.get(i).from();
            }
        }
        if (!from.equals(context.me())) {
            return context.me();
        }
        return steps.stream().map(Step::from).filter(p -> !p.equals(from)).findFirst().orElse(from);
    }

    private jakarta.mail.internet.MimeMessage build(DemoEnvelope envelope, String text, Step step) {
        if (!step.files().isEmpty()) {
            return context.factory().withAttachments(envelope, text, null, step.files());
        }
        return context.factory().plain(envelope, text, step.charset());
    }

    /** The usual attribution line and "> " quoting of the message answered. */
    private static String quote(DemoEnvelope previous, String previousText) {
        StringBuilder quoted = new StringBuilder("On ")
                .append(QUOTED.format(previous.date().atZone(ZoneOffset.UTC))).append(", ")
                .append(previous.from().name()).append(" <").append(previous.from().address()).append("> wrote:\n");
        for (String line : previousText.split("\n", -1)) {
            quoted.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n');
        }
        return quoted.toString();
    }
}
