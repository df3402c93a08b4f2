package org.webmail.mailbox;

import java.util.Locale;

import org.webmail.imap.MailQuota;

/** The quota as the folder pane shows it: "12.3 MB of 1 GB used" and a meter. */
public record QuotaUsage(long usedBytes, long limitBytes) {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    static QuotaUsage of(MailQuota quota) {
        return new QuotaUsage(quota.usedBytes(), quota.limitBytes());
    }

    public String text() {
        return size(usedBytes) + " of " + size(limitBytes) + " used";
    }

    /** Where the meter turns to a warning (HTML meter's high), 90 % of the limit. */
    public long high() {
        return limitBytes / 10 * 9;
    }

    /** Binary units (Dovecot's "1G" is 1024^3 bytes) with at most one decimal: "12.3 MB", "1 GB". */
    static String size(long bytes) {
        double value = Math.max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + UNITS[unit];
    }
}
