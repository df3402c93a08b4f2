package org.webmail.demo;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk HTML mail as it really arrives: table layouts, inline styles, remote images and a 1x1 tracking pixel
 * (what the reader's "show remote content" switch is for), and a List-Unsubscribe header (RFC 2369, RFC 8058).
 */
final class Newsletters {

    private static final DemoPerson WEEKLY_BYTE = new DemoPerson("The Weekly Byte", "newsletter@weeklybyte.example");
    private static final DemoPerson OUTFITTERS = new DemoPerson("Trailhead Outfitters", "deals@trailhead.example");
    private static final DemoPerson LIBRARY = new DemoPerson("Biblioteca Municipal", "agenda@biblioteca.example");

    private static final List<String[]> ARTICLES = List.of(
            new String[] {"Why your p99 latency lies", "Percentiles, coordinated omission and what to measure instead."},
            new String[] {"IMAP in 2026: still here", "A look at CONDSTORE, QRESYNC and why webmail loves them."},
            new String[] {"The joy of boring technology", "Choosing PostgreSQL again, on purpose."},
            new String[] {"Virtual threads in production", "What changed after we moved 40 services to Java 21."},
            new String[] {"CSS you can delete today", "Container queries replaced half of our media queries."},
            new String[] {"Passkeys for the rest of us", "A practical migration guide for small teams."});

    private final DemoContext context;

    Newsletters(DemoContext context) {
        this.context = context;
    }

    List<DemoMessage> messages() {
        List<DemoMessage> messages = new ArrayList<>();
        DemoCalendar calendar = context.calendar();
        for (int i = 0; i < 30; i++) {
            Instant date = calendar.anytime();
            messages.add(context.received(DemoFolders.INBOX, date, next(date)));
        }
        for (int i = 0; i < 8; i++) {
            Instant date = calendar.between(90, DemoCalendar.SPAN_DAYS);
            messages.add(context.read(i < 4 ? DemoFolders.ARCHIVE : DemoFolders.TRASH, date, next(date)));
        }
        return messages;
    }

    private MimeMessage next(Instant date) {
        return switch (context.between(0, 2)) {
            case 0 -> weeklyByte(date);
            case 1 -> outfitters(date);
            default -> library(date);
        };
    }

    private MimeMessage weeklyByte(Instant date) {
        long issue = 300 - Duration.between(date, context.calendar().now()).toDays() / 7;
        StringBuilder rows = new StringBuilder();
        StringBuilder text = new StringBuilder("The Weekly Byte — issue #" + issue + "\n\n");
        for (int i = 0; i < 3; i++) {
            String[] article = ARTICLES.get((int) ((issue + i) % ARTICLES.size()));
            String link = "https://click.weeklybyte.example/r?i=" + issue + "&a=" + i;
            rows.append("<tr><td style=\"padding:12px 0;border-bottom:1px solid #e5e5e5\">")
                    .append("<img src=\"https://cdn.weeklybyte.example/thumbs/").append(issue).append('-').append(i)
                    .append(".jpg\" width=\"96\" height=\"64\" alt=\"\" style=\"float:left;margin-right:12px\">")
                    .append("<a href=\"").append(link).append("\" style=\"color:#c2185b;font-size:18px;font-weight:bold;")
                    .append("text-decoration:none\">").append(article[0]).append("</a><p style=\"margin:4px 0;color:#444\">")
                    .append(article[1]).append("</p></td></tr>");
            text.append("* ").append(article[0]).append("\n  ").append(article[1]).append("\n  ").append(link).append("\n\n");
        }
        String html = page("#c2185b", "The Weekly Byte", "Issue #" + issue, rows.toString(),
                "https://t.weeklybyte.example/open.gif?u=demo&i=" + issue);
        return context.factory().html(envelope(WEEKLY_BYTE, "The Weekly Byte #" + issue + ": "
                + ARTICLES.get((int) (issue % ARTICLES.size()))[0], date, "weeklybyte"), text.toString(), html);
    }

    private MimeMessage outfitters(Instant date) {
        int discount = 5 * context.between(2, 8);
        String[][] products = {{"Trail runner 2", "89.00"}, {"Rain shell", "129.00"}, {"Headlamp 400", "34.50"}};
        StringBuilder cells = new StringBuilder("<tr>");
        for (String[] product : products) {
            cells.append("<td style=\"width:33%;padding:8px;text-align:center;vertical-align:top\">")
                    .append("<img src=\"https://img.trailhead.example/p/").append(product[0].replace(' ', '-').toLowerCase(Locale.ROOT))
                    .append(".png\" width=\"150\" alt=\"").append(product[0]).append("\"><br><b>").append(product[0])
                    .append("</b><br><span style=\"color:#2e7d32\">€").append(product[1]).append("</span></td>");
        }
        cells.append("</tr><tr><td colspan=\"3\" style=\"text-align:center;padding:16px\"><a href=\"https://trailhead.example/sale\""
                + " style=\"background:#2e7d32;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none\">Shop the sale</a></td></tr>");
        String html = page("#2e7d32", "Trailhead Outfitters", discount + "% off everything this weekend", cells.toString(),
                "https://t.trailhead.example/o/" + Long.toHexString(date.getEpochSecond()) + ".gif");
        String text = "Trailhead Outfitters: " + discount + "% off everything this weekend.\nShop: https://trailhead.example/sale\n";
        return context.factory().html(envelope(OUTFITTERS, "⛰️ " + discount + "% off everything this weekend", date, "trailhead"),
                text, html);
    }

    private MimeMessage library(Instant date) {
        String mes = date.atZone(ZoneOffset.UTC).getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("pt-PT"));
        String rows = "<tr><td style=\"padding:8px\"><b>Sábado, 10h</b> — Hora do conto para crianças</td></tr>"
                + "<tr><td style=\"padding:8px;background:#f3f0e8\"><b>Terça, 18h30</b> — Clube de leitura: «Ensaio sobre a cegueira»</td></tr>"
                + "<tr><td style=\"padding:8px\"><b>Quinta, 19h</b> — Concerto de guitarra portuguesa</td></tr>";
        String html = page("#6d4c41", "Biblioteca Municipal", "Agenda cultural de " + mes, rows,
                "https://news.biblioteca.example/px?c=" + mes.hashCode());
        String text = "Agenda cultural de " + mes + "\n\n- Sábado, 10h: Hora do conto\n- Terça, 18h30: Clube de leitura\n"
                + "- Quinta, 19h: Concerto de guitarra portuguesa\n";
        return context.factory().html(envelope(LIBRARY, "Agenda cultural de " + mes, date, "biblioteca"), text, html);
    }

    private DemoEnvelope envelope(DemoPerson from, String subject, Instant date, String list) {
        return DemoEnvelope.of(from, context.me(), subject, date, context.messageId(from)).withHeaders(Map.of(
                "List-Id", "<news." + list + ".example>",
                "List-Unsubscribe", "<https://" + from.domain() + "/unsubscribe?u=demo>, <mailto:unsubscribe@" + from.domain() + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                "Precedence", "bulk"));
    }

    /** The classic centred 600px table layout of bulk mail, styles inline because many readers drop <style>. */
    private static String page(String colour, String brand, String headline, String rows, String trackingPixel) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@media (max-width:600px){.wrap{width:100%!important}}"
                + "</style></head><body style=\"margin:0;background:#f4f4f4\"><table role=\"presentation\" width=\"100%\" "
                + "cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table class=\"wrap\" width=\"600\" "
                + "style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\"><tr><td style=\"background:" + colour
                + ";color:#fff;padding:20px;font-size:24px\">" + brand + "</td></tr><tr><td style=\"padding:20px\"><h1 "
                + "style=\"font-size:22px;margin:0 0 12px\">" + headline + "</h1><table width=\"100%\">" + rows
                + "</table></td></tr><tr><td style=\"padding:20px;font-size:11px;color:#888\">You get this because you "
                + "subscribed. <a href=\"https://unsubscribe.example/u\" style=\"color:#888\">Unsubscribe</a></td></tr>"
                + "</table></td></tr></table><img src=\"" + trackingPixel + "\" width=\"1\" height=\"1\" alt=\"\" "
                + "style=\"display:block;border:0\"></body></html>";
    }
}
