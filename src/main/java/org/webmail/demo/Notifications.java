package org.webmail.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Machine-written mail: CI results, calendar invitations, billing notices, service-desk tickets. */
final class Notifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final DemoContext context;
    private int build = 4180;
    private int ticket = 7710;

    Notifications(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        DemoCalendar calendar = context.calendar();
        for (int i = 0; i < 32; i++) {
            Instant date = calendar.anytime();
            messages.add(context.received(DemoFolders.INBOX, date, next(date)));
        }
        for (int i = 0; i < 6; i++) {
            Instant date = calendar.between(120, DemoCalendar.SPAN_DAYS);
            messages.add(context.read(DemoFolders.TRASH, date, next(date)));
        }
        return messages;
    }

    private jakarta.mail.internet.MimeMessage next(Instant date) {
        return switch (context.between(0, 3)) {
            case 0 -> buildResult(date);
            case 1 -> invitation(date);
            case 2 -> invoice(date);
            default -> serviceDesk(date);
        };
    }

    private jakarta.mail.internet.MimeMessage buildResult(Instant date) {
        build += context.between(3, 40);
        boolean failed = context.chance(0.4);
        String subject = "[webmail] Build #" + build + (failed ? " failed" : " passed") + " on main";
        String text = "Pipeline #" + build + " for commit " + Integer.toHexString(build * 7919) + " on branch main "
                + (failed ? "FAILED after 6m 12s.\n\nFailed job: test (unit)\n\n"
                        + "  MailboxServiceTest > listsNewestFirst() FAILED\n"
                        + "      expected: <50> but was: <49>\n\n" : "passed in 5m 48s.\n\n")
                + "View the pipeline: https://forge.example/webmail/pipelines/" + build + "\n\n-- \n"
                + "You receive this because you are watching webmail.\n";
        DemoEnvelope envelope = DemoEnvelope.of(DemoPeople.BUILD_BOT, context.me(), subject, date,
                        context.messageId(DemoPeople.BUILD_BOT))
                .withHeaders(Map.of("Auto-Submitted", "auto-generated", "X-Forge-Pipeline", String.valueOf(build)));
        return context.factory().plain(envelope, text);
    }

    private jakarta.mail.internet.MimeMessage invitation(Instant date) {
        DemoPerson organiser = context.pick(DemoPeople.COLLEAGUES);
        String meeting = context.pick(List.of("Design review", "Sprint planning", "Quarterly business review",
                "Architecture guild", "Customer call: Acme Supplies", "Retro"));
        String when = WHEN.format(date.plusSeconds(86_400L * context.between(1, 6)).atZone(ZoneOffset.UTC));
        String subject = "Invitation: " + meeting + " @ " + when + " (UTC)";
        String text = organiser.name() + " has invited you to \"" + meeting + "\".\n\nWhen: " + when + " – 1 hour (UTC)\n"
                + "Where: Lisbon room / video link in the event\nOrganiser: " + organiser.address() + "\n\n"
                + "Accept, decline or propose a new time in your calendar.\n";
        DemoEnvelope envelope = DemoEnvelope.of(DemoPeople.CALENDAR, context.me(), subject, date,
                context.messageId(DemoPeople.CALENDAR));
        return context.factory().plain(envelope, text);
    }

    private jakarta.mail.internet.MimeMessage invoice(Instant date) {
        String month = date.atZone(ZoneOffset.UTC).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int cents = context.between(4_000, 40_000);
        String amount = String.format(Locale.ROOT, "€%d.%02d", cents / 100, cents % 100);
        String subject = "Your Acme Cloud invoice for " + month + " is ready";
        String text = "Hello,\n\nyour invoice for " + month + " is ready. Amount due: " + amount
                + ", charged to the card ending in 4242 on the 5th.\n\nAcme Cloud Billing\n";
        String html = "<table role=\"presentation\" style=\"font-family:Arial,sans-serif;border-collapse:collapse;"
                + "width:100%;max-width:560px\"><tr><td style=\"padding:16px;background:#0b5fff;color:#fff;"
                + "font-size:20px\">Acme Cloud</td></tr><tr><td style=\"padding:16px\"><p>Hello,</p><p>Your invoice for <b>"
                + month + "</b> is ready.</p><table style=\"border-collapse:collapse;width:100%\">"
                + "<tr><td style=\"border-bottom:1px solid #ddd;padding:6px\">Compute</td>"
                + "<td style=\"border-bottom:1px solid #ddd;padding:6px;text-align:right\">" + amount + "</td></tr>"
                + "<tr><td style=\"padding:6px\"><b>Total</b></td><td style=\"padding:6px;text-align:right\"><b>" + amount
                + "</b></td></tr></table><p style=\"color:#666;font-size:12px\">Charged to the card ending in 4242.</p>"
                + "</td></tr></table>";
        DemoEnvelope envelope = DemoEnvelope.of(DemoPeople.BILLING, context.me(), subject, date,
                context.messageId(DemoPeople.BILLING));
        return context.factory().html(envelope, text, html);
    }

    private jakarta.mail.internet.MimeMessage serviceDesk(Instant date) {
        ticket += context.between(5, 90);
        String topic = context.pick(List.of("VPN access", "New monitor", "Password reset", "Shared drive quota",
                "Software licence request"));
        String subject = "Ticket #" + ticket + " resolved: " + topic;
        String text = "Your request #" + ticket + " (\"" + topic + "\") has been resolved.\n\n"
                + "If the problem persists, reply to this message within 7 days to reopen the ticket.\n\n"
                + "IT Service Desk\n";
        DemoEnvelope envelope = DemoEnvelope.of(DemoPeople.IT_DESK, context.me(), subject, date,
                context.messageId(DemoPeople.IT_DESK));
        return context.factory().plain(envelope, text);
    }
}
