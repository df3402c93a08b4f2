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
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter OLDER = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm zzz", Locale.ENGLISH);

    private Formats() {
    }

    /** Short list date: the time for today, day and month this year, else the full date. */
    static String listDate(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        LocalDate today = LocalDate.now(zone);
        if (at.toLocalDate().equals(today)) {
            return TIME.format(at);
        }
        return at.getYear() == today.getYear() ? THIS_YEAR.format(at) : OLDER.format(at);
    }

    static String fullDate(Instant instant, ZoneId zone) {
        return instant == null ? "" : FULL.format(instant.atZone(zone));
    }

    /** ISO form for the datetime attribute of {@code <time>}. */
    static String isoDate(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    static String humanSize(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
