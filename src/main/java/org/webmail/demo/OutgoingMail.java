package org.webmail.demo;

import jakarta.mail.Flags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the demo user wrote: Sent mail and a few unfinished Drafts (\Draft, RFC 3501 2.3.2). */
final class OutgoingMail {

    private static final List<String[]> SENT = List.of(
            new String[] {"Slides from today's talk", "Here are the slides from today, as promised. The recording follows."},
            new String[] {"Notes from the vendor call", "Short version: they can deliver in May, price is fixed for"
                    + " a year, and we get a sandbox next week."},
            new String[] {"Welcome aboard!", "Great to have you in the team. Your first task: get coffee with everyone."},
            new String[] {"Can you review my PR?", "It is the paging change in the message list. ~200 lines, tests included."},
            new String[] {"Out next Monday", "I'm off next Monday for a dentist appointment; back Tuesday."},
            new String[] {"Figures for the board deck", "Quick numbers for the deck: active users up 14%, churn down to 2.1%."},
            new String[] {"Room for the workshop", "I booked Porto for Thursday 9–12. It seats twelve."},
            new String[] {"Thank you", "Thanks for the help with the migration last night. Owe you one."});

    private static final List<String[]> DRAFTS = List.of(
            new String[] {"Proposal: quiet hours", "Idea: no meetings before 10 and after 16 on Tuesdays and Thursdays."
                    + " Would it"},
            new String[] {"Re: Hiring plan", "I think we need one more backend engineer before the summer, because"},
            new String[] {"Feedback for Chen", "Strengths: ownership of the upload bug, clear PR descriptions.\nGrowth:"},
            new String[] {"Travel request — Lisbon conference", "Dates: 14–16 October. Flights ~€220, hotel"},
            new String[] {"Ideas for the team day", "- cooking class\n- sailing\n- escape room"});

    private final DemoContext context;

    OutgoingMail(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String[] note = SENT.get(i % SENT.size());
            messages.add(write(DemoFolders.SENT, context.calendar().anytime(), note[0], note[1]));
        }
        for (String[] draft : DRAFTS) {
            Instant date = context.calendar().between(0, 45);
            messages.add(write(DemoFolders.DRAFTS, date, draft[0], draft[1]).with(Flags.Flag.DRAFT));
        }
        return messages;
    }

    private DemoMessage write(String folder, Instant date, String subject, String body) {
        DemoPerson to = context.pick(context.chance(0.75) ? DemoPeople.COLLEAGUES : DemoPeople.CONTACTS);
        String text = "Hi " + to.firstName() + ",\n\n" + body + (folder.equals(DemoFolders.DRAFTS) ? "" : "\n\nAlex") + "\n";
        DemoEnvelope envelope = DemoEnvelope.of(context.me(), to, subject, date, context.messageId(context.me()));
        return context.read(folder, date, context.factory().plain(envelope, text));
    }
}
