package org.webmail.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bulk of a working mailbox: short plain-text notes between colleagues and contacts, in and out. */
final class EverydayMail {

    private record Note(String subject, String body) {
    }

    private static final List<Note> INCOMING = List.of(
            new Note("Weekly sync notes — week {week}", "Here are the notes from today's sync:\n\n"
                    + "- Release candidate is on staging, smoke tests green\n- {colleague} takes the on-call rotation next week\n"
                    + "- We still need a decision on the logging retention (30 vs 90 days)\n\nShout if I missed anything."),
            new Note("Quick question about the {month} numbers", "Do you have the final numbers for {month}? Finance asked"
                    + " me for them before Thursday and I only have the draft from {colleague}."),
            new Note("Can we move our 1:1?", "Something came up on {day} afternoon. Would {day} morning at 10:30 work"
                    + " for you instead? Otherwise Friday is wide open."),
            new Note("Feedback on the onboarding doc", "I went through the onboarding doc with the two new joiners."
                    + " Section 3 (access requests) is out of date: we no longer use the old ticket form.\n\n"
                    + "I left comments inline. Happy to pair on a rewrite if you like."),
            new Note("Lunch & learn: {topic}", "Reminder that {colleague} is presenting \"{topic}\" on {day} at 12:30"
                    + " in the big meeting room. Pizza will be there; the talk is recorded for remote folks."),
            new Note("Holiday plans", "Just a heads-up that I'll be off from the {nth} for two weeks. {colleague}"
                    + " will cover the vendor calls while I'm away."),
            new Note("Access to the analytics dashboard", "Could you grant me read access to the analytics dashboard?"
                    + " I need to pull the conversion numbers for the quarterly review."),
            new Note("Re-scheduling the design review", "The design review clashes with the all-hands. I've moved it to"
                    + " {day} at 15:00, same room. Updated invite to follow."),
            new Note("Printer on the 3rd floor", "The printer on the 3rd floor is jammed again. I've called facilities;"
                    + " until then please use the one next to the kitchen."),
            new Note("Thanks!", "Thanks a lot for stepping in yesterday, that demo would not have gone so well without"
                    + " you. Coffee is on me next week."),
            new Note("Draft agenda for the offsite", "First cut of the agenda:\n\nDay 1 — strategy, roadmap review,"
                    + " team dinner\nDay 2 — workshops (pick two of four), retro, travel home\n\nComments welcome by {day}."),
            new Note("Customer escalation: order #{order}", "The customer behind order #{order} is asking for a call today."
                    + " They got charged twice. Support has refunded one charge, but they'd like to hear from us."),
            new Note("Conference talk accepted", "Great news: our talk about {topic} was accepted! The slot is 40 minutes."
                    + " Shall we meet next week to split the sections?"),
            new Note("Expense report", "Your expense report for {month} is missing the receipt for the train ticket."
                    + " Could you upload it so I can approve the rest?"),
            new Note("New joiner starting Monday", "{colleague} starts on Monday in our team. Could you be their buddy"
                    + " for the first two weeks? The laptop is already set up."),
            new Note("Server maintenance window", "Heads-up: the database cluster gets patched on {day} between 22:00"
                    + " and 23:00 UTC. Expect up to five minutes of read-only mode."),
            new Note("Meeting room booking", "I booked the Lisbon room for {day} 14:00–16:00 for the planning session."
                    + " It has the good projector."),
            new Note("Question on the API rate limits", "A partner asks whether we can raise their API rate limit"
                    + " from 100 to {rate} requests per minute. What do you think?"),
            new Note("Team photo", "The team photo is up on the intranet. {colleague} blinked in all of them, sorry!"),
            new Note("Survey results", "The engagement survey results are in: participation {pct}%, and the top theme"
                    + " is 'fewer meetings'. Slides in the shared drive."),
            new Note("Book recommendation", "You asked about a good book on {topic}: try \"Designing Data-Intensive"
                    + " Applications\". I can lend you my copy."),
            new Note("Parking garage closed on {day}", "Facilities say the garage is closed on {day} for repairs."
                    + " Bike racks and the public lot across the street are open."),
            new Note("Follow-up from the call with {colleague}", "Summary of what we agreed:\n\n1. They send the"
                    + " revised quote by Friday\n2. We share the test plan\n3. Next call in two weeks"),
            new Note("Out of office: back on the {nth}", "I'm out of the office with limited access to e-mail."
                    + " For urgent matters please contact {colleague}."),
            new Note("Friday drinks", "Drinks on the terrace this Friday from 17:00 — bring your plus-ones!"));

    private static final List<String> TOPICS = List.of("observability", "accessible forms", "IMAP internals",
            "zero-downtime deploys", "threat modelling", "writing good commit messages");
    private static final List<String> SIGN_OFFS = List.of("Thanks", "Best", "Cheers", "Kind regards", "Talk soon");

    private final DemoContext context;

    EverydayMail(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        DemoCalendar calendar = context.calendar();
        for (int i = 0; i < 110; i++) {
            messages.add(incoming(DemoFolders.INBOX, calendar.anytime()));
        }
        for (int i = 0; i < 24; i++) {
            messages.add(incoming(DemoFolders.ARCHIVE, calendar.between(60, DemoCalendar.SPAN_DAYS)));
        }
        for (int i = 0; i < 8; i++) {
            DemoMessage deleted = incoming(DemoFolders.TRASH, calendar.between(3, 200));
            messages.add(context.read(deleted.folder(), deleted.internalDate(), deleted.mime()));
        }
        return messages;
    }

    private DemoMessage incoming(String folder, Instant date) {
        List<DemoPerson> senders = context.chance(0.8) ? DemoPeople.COLLEAGUES : DemoPeople.CONTACTS;
        DemoPerson from = context.pick(senders);
        Note note = context.pick(INCOMING);
        String subject = fill(note.subject(), date, from);
        String text = "Hi " + context.me().firstName() + ",\n\n" + fill(note.body(), date, from) + "\n\n"
                + context.pick(SIGN_OFFS) + ",\n" + from.firstName() + "\n";
        DemoEnvelope envelope = DemoEnvelope.of(from, context.me(), subject, date, context.messageId(from));
        if (context.chance(0.15)) {
            envelope = envelope.withCc(List.of(context.pick(DemoPeople.COLLEAGUES)));
        }
        DemoMessage message = context.received(folder, date, context.factory().plain(envelope, text));
        return folder.equals(DemoFolders.INBOX) ? message : context.read(folder, date, message.mime());
    }

    private String fill(String template, Instant date, DemoPerson from) {
        var day = date.atZone(ZoneOffset.UTC);
        String colleague = context.pick(DemoPeople.COLLEAGUES.stream().filter(p -> !p.equals(from)).toList()).firstName();
        return template.replace("{week}", String.valueOf(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .replace("{month}", day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("{day}", day.plusDays(2).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("{topic}", context.pick(TOPICS))
                .replace("{colleague}", colleague)
                .replace("{nth}", context.between(4, 19) + "th")
                .replace("{order}", String.valueOf(context.between(104_000, 189_999)))
                .replace("{rate}", String.valueOf(50 * context.between(4, 20)))
                .replace("{pct}", String.valueOf(context.between(61, 94)));
    }
}
