package org.webmail.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

/** Template extensions for what every view formats the same way: dates in the reader's zone, sizes, folder links. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final String[] BINARY_UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private Formats() {
    }

    /**
     * The date patterns of one language: English keeps the day-month order it always had ("1 Dec", "1 Dec 2025");
     * Brazilian Portuguese writes "1 de dez." this year and "01/12/2025" before, as Brazilian mail programs do.
     */
    private record DatePatterns(DateTimeFormatter thisYear, DateTimeFormatter older, DateTimeFormatter full) {

        static final DatePatterns ENGLISH = new DatePatterns(
                DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm zzz", Locale.ENGLISH));

        static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

        static final DatePatterns PORTUGUESE = new DatePatterns(
                DateTimeFormatter.ofPattern("d 'de' MMM", PT_BR),
                DateTimeFormatter.ofPattern("dd/MM/yyyy", PT_BR),
                DateTimeFormatter.ofPattern("EEE, d 'de' MMM 'de' yyyy, HH:mm zzz", PT_BR));

        static DatePatterns of(Locale locale) {
            return "pt".equals(locale.getLanguage()) ? PORTUGUESE : ENGLISH;
        }
    }

    /** The page's language: Qute gives the template instance's locale attribute (set by {@link TemplateLocale}). */
    static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString().replace('_', '-'));
    }

    /** Short list date: the time for today, day and month this year, else the full date; in the page's language. */
    static String listDate(Instant instant, ZoneId zone, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return listDate(instant, zone, localeOf(locale));
    }

    public static String listDate(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        LocalDate today = LocalDate.now(zone);
        if (at.toLocalDate().equals(today)) {
            return TIME.format(at);
        }
        DatePatterns patterns = DatePatterns.of(locale);
        return at.getYear() == today.getYear() ? patterns.thisYear().format(at) : patterns.older().format(at);
    }

    static String fullDate(Instant instant, ZoneId zone, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return fullDate(instant, zone, localeOf(locale));
    }

    public static String fullDate(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DatePatterns.of(locale).full().format(instant.atZone(zone));
    }

    /** ISO form for the datetime attribute of {@code <time>}. */
    static String isoDate(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A message or attachment size: "980 B", "12 KB", "1.5 MB" ("1,5 MB" in Portuguese). */
    static String humanSize(long bytes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return humanSize(bytes, localeOf(locale));
    }

    public static String humanSize(long bytes, Locale locale) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(numberLocale(locale), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Binary units (Dovecot's "1G" is 1024^3 bytes) with at most one decimal: "12.3 MB", "1 GB" (quota). */
    static String binarySize(long bytes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return binarySize(bytes, localeOf(locale));
    }

    public static String binarySize(long bytes, Locale locale) {
        double value = Math.max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(numberLocale(locale), "%.1f", value);
        if (number.endsWith(".0") || number.endsWith(",0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + BINARY_UNITS[unit];
    }

    /** English keeps its decimal point whatever the JVM's default; Portuguese writes a decimal comma. */
    private static Locale numberLocale(Locale locale) {
        return "pt".equals(locale.getLanguage()) ? DatePatterns.PT_BR : Locale.ROOT;
    }

    /** The URL of a folder: /mail/ and each hierarchy level percent-encoded. */
    /** A value for a query parameter (application/x-www-form-urlencoded, UTF-8). */
    static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String folderHref(String path) {
        return "/mail/" + Arrays.stream(path.split("/"))
                .map(level -> URLEncoder.encode(level, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    static String messageHref(String folderPath, long uid) {
        return folderHref(folderPath) + "/" + uid;
    }
}
