package org.webmail.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The Junk folder: recent spam and phishing with spoofed display names and remote images. */
final class SpamMail {

    private record Spam(DemoPerson from, String subject, String html) {
    }

    private static final List<Spam> SPAM = List.of(
            new Spam(new DemoPerson("Prize Team", "winner@prize-claims.example"),
                    "Congratulations! You've won a €1,000 gift card",
                    "<h1 style=\"color:#d32f2f\">YOU WON!</h1><p><img src=\"https://prize-claims.example/giftcard.png\"></p>"
                            + "<p><a href=\"https://prize-claims.example/claim?id=demo\">Claim now</a> — offer ends today!</p>"),
            new Spam(new DemoPerson("IT Support", "helpdesk@examp1e-test.example"),
                    "URGENT: your mailbox is full",
                    "<p>Your mailbox has exceeded its quota. <a href=\"https://examp1e-test.example/login\">Verify your"
                            + " account</a> within 24 hours or lose your messages.</p>"),
            new Spam(new DemoPerson("Crypto Wealth", "invest@moon-returns.example"),
                    "Turn €250 into €25,000 in 30 days",
                    "<table><tr><td style=\"background:#000;color:#ffd700;padding:20px;font-size:24px\">Guaranteed"
                            + " returns!</td></tr></table><img src=\"https://moon-returns.example/chart.gif\">"),
            new Spam(new DemoPerson("DHL Express", "noreply@dhl-parcel-track.example"),
                    "Your parcel could not be delivered",
                    "<p>We tried to deliver your parcel. Pay the €1.99 customs fee to reschedule: "
                            + "<a href=\"https://dhl-parcel-track.example/pay\">pay now</a></p>"),
            new Spam(new DemoPerson("Dr. Bright Okon", "bright.okon@inheritance-office.example"),
                    "Confidential business proposal",
                    "<p>Dear friend, I am a lawyer for a late client who shares your surname and left $14.5 million...</p>"));

    private final DemoContext context;

    SpamMail(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Spam spam = SPAM.get(i % SPAM.size());
            Instant date = context.calendar().between(0, 30);
            DemoEnvelope envelope = DemoEnvelope.of(spam.from(), context.me(), spam.subject(), date,
                    context.messageId(spam.from()));
            String text = spam.html().replaceAll("<[^>]+>", " ").replaceAll(" +", " ").trim();
            messages.add(context.received(DemoFolders.JUNK, date, context.factory().html(envelope, text, spam.html())));
        }
        return messages;
    }
}
