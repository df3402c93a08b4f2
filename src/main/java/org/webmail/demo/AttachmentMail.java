package org.webmail.demo;

import jakarta.mail.Flags;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mail that carries files: photos, PDFs, logs, and HTML whose images travel inline as cid: parts. */
final class AttachmentMail {

    private static final DemoPerson AGENCY = new DemoPerson("Léa Dubois", "lea.dubois@agence.example");
    private static final DemoPerson SUPPLIER = new DemoPerson("Mike Henderson", "mike@acme-supplies.example");

    private final DemoContext context;
    private final List<DemoMessage> messages = new ArrayList<>();

    AttachmentMail(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        DemoCalendar calendar = context.calendar();
        DemoPerson colleague = DemoPeople.COLLEAGUES.get(3);
        add(DemoFolders.INBOX, calendar.between(2, 40), colleague, "Photos from the offsite",
                "Here are a few of the photos from the offsite. The rest are on the shared drive.",
                List.of(photo("offsite-1.png", 1), photo("offsite-2.png", 2), photo("offsite-3.png", 3)));
        invoices();
        add(DemoFolders.INBOX, calendar.between(1, 20), DemoPeople.COLLEAGUES.get(2), "Server logs from last night",
                "The 502s started at 02:14. Log excerpt attached; looks like the upstream pool ran dry.",
                List.of(DemoFile.attachment("nginx-error.log.txt", "text/plain; charset=UTF-8", logExcerpt())));
        add(DemoFolders.INBOX, calendar.between(5, 30), SUPPLIER, "Signed contract — please countersign",
                "Attached is the contract signed on our side. Please countersign and send it back.",
                List.of(DemoFile.attachment("contract-2026-signed.pdf", "application/pdf", DemoPdf.document(
                        "Service agreement 2026", List.of("Between Acme Supplies Ltd. and Example Test Inc.",
                                "Term: 1 January 2026 to 31 December 2026", "Signed: M. Henderson")))));
        messages.set(messages.size() - 1, messages.getLast().with(Flags.Flag.FLAGGED));
        add(DemoFolders.INBOX, calendar.between(20, 200), DemoPeople.COLLEAGUES.get(8), "Screenshot of the bug",
                "See the attached screenshot: the folder list overlaps the message pane at 1280px.",
                List.of(photo("screenshot.png", 9)));
        for (int i = 0; i < 3; i++) {
            messages.add(signatureWithLogo(calendar.between(3, 300), i));
        }
        messages.add(welcome(calendar.between(200, 400)));
        messages.add(newOffice(calendar.between(30, 90)));
        return messages;
    }

    /** A monthly supplier invoice as PDF: the two latest still in INBOX, older ones archived. */
    private void invoices() {
        for (int month = 0; month < 6; month++) {
            Instant date = context.calendar().workingHours(12 + 30 * month);
            String number = "INV-" + (2417 - month);
            byte[] pdf = DemoPdf.document("Invoice " + number, List.of("Acme Supplies Ltd.",
                    "Office chairs (4) ........ 596.00 EUR", "Delivery .................. 25.00 EUR",
                    "Total .................... 621.00 EUR"));
            add(month < 2 ? DemoFolders.INBOX : DemoFolders.ARCHIVE, date, SUPPLIER, "Invoice " + number,
                    "Dear customer,\n\nplease find attached invoice " + number + ". Payment terms: 30 days.",
                    List.of(DemoFile.attachment(number + ".pdf", "application/pdf", pdf)));
        }
    }

    private void add(String folder, Instant date, DemoPerson from, String subject, String text, List<DemoFile> files) {
        DemoEnvelope envelope = DemoEnvelope.of(from, context.me(), subject, date, context.messageId(from));
        var mime = context.factory().withAttachments(envelope, text + "\n\n" + from.firstName() + "\n", null, files);
        messages.add(folder.equals(DemoFolders.INBOX) ? context.received(folder, date, mime) : context.read(folder, date, mime));
    }

    private DemoMessage signatureWithLogo(Instant date, int variant) {
        String subject = List.of("Brand guidelines v2", "Homepage mock-ups", "Campaign timeline").get(variant);
        String text = "Bonjour Alex,\n\n" + subject + " are ready for your review.\n\nLéa Dubois\nAgence Dubois";
        String html = "<p>Bonjour Alex,</p><p><b>" + subject + "</b> are ready for your review.</p>"
                + "<table style=\"margin-top:24px;font-family:Georgia,serif;color:#333\"><tr><td>"
                + "<img src=\"cid:logo@agence.example\" width=\"48\" height=\"48\" alt=\"Agence Dubois\"></td>"
                + "<td style=\"padding-left:12px\"><b>Léa Dubois</b><br>Directrice artistique<br>Agence Dubois</td></tr></table>";
        DemoEnvelope envelope = DemoEnvelope.of(AGENCY, context.me(), subject, date, context.messageId(AGENCY));
        var mime = context.factory().withInlineImages(envelope, text, html, List.of(
                DemoFile.inline("logo.png", "image/png", DemoPng.badge(96, new Color(0x6a1b9a)), "logo@agence.example")));
        return context.received(DemoFolders.INBOX, date, mime);
    }

    private DemoMessage welcome(Instant date) {
        DemoPerson hr = DemoPeople.COLLEAGUES.get(6);
        String html = "<div style=\"font-family:Arial,sans-serif;max-width:560px\"><img src=\"cid:badge@example.test\" "
                + "width=\"64\" height=\"64\" alt=\"\"><h2 style=\"color:#00796b\">Welcome to the team, Alex!</h2>"
                + "<p>Your first week:</p><ol><li>Monday: laptop and accounts</li><li>Tuesday: product tour</li>"
                + "<li>Friday: team lunch</li></ol><p>Fatima, People team</p></div>";
        String text = "Welcome to the team, Alex!\n\nMonday: laptop and accounts\nTuesday: product tour\nFriday: team lunch";
        DemoEnvelope envelope = DemoEnvelope.of(hr, context.me(), "Welcome to the team!", date, context.messageId(hr));
        var mime = context.factory().withInlineImages(envelope, text, html, List.of(
                DemoFile.inline("badge.png", "image/png", DemoPng.badge(128, new Color(0x00796b)), "badge@example.test")));
        return context.read(DemoFolders.ARCHIVE, date, mime);
    }

    private DemoMessage newOffice(Instant date) {
        DemoPerson facilities = DemoPeople.COLLEAGUES.get(5);
        String html = "<p>Hi all,</p><p>The new office is ready. Two views from the terrace:</p>"
                + "<p><img src=\"cid:terrace-1@example.test\" width=\"480\" alt=\"Terrace, morning\"></p>"
                + "<p><img src=\"cid:terrace-2@example.test\" width=\"480\" alt=\"Terrace, evening\"></p><p>Marcus</p>";
        String text = "Hi all,\n\nThe new office is ready. (Two photos of the terrace in the HTML version.)\n\nMarcus";
        DemoEnvelope envelope = DemoEnvelope.of(facilities, context.me(), "Our new office — photos inside", date,
                context.messageId(facilities));
        var mime = context.factory().withInlineImages(envelope, text, html, List.of(
                DemoFile.inline("terrace-1.png", "image/png", DemoPng.landscape(480, 300, 4), "terrace-1@example.test"),
                DemoFile.inline("terrace-2.png", "image/png", DemoPng.landscape(480, 300, 5), "terrace-2@example.test")));
        return context.received(DemoFolders.INBOX, date, mime);
    }

    private static DemoFile photo(String name, int variant) {
        return DemoFile.attachment(name, "image/png", DemoPng.landscape(360, 240, variant));
    }

    private static byte[] logExcerpt() {
        return ("2026/03/14 02:14:07 [error] 3112#3112: *88412 upstream timed out (110: Connection timed out)\n"
                + "2026/03/14 02:14:09 [error] 3112#3112: *88419 no live upstreams while connecting to upstream\n"
                + "2026/03/14 02:16:41 [warn] 3112#3112: *88733 an upstream response is buffered to a temporary file\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
