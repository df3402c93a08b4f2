package org.webmail.mailbox;


import org.webmail.imap.MailQuota;

/** The quota as the folder pane shows it: "12.3 MB of 1 GB used" (mail:quota_used, sizes by Formats.binarySize) and a meter. */
public record QuotaUsage(long usedBytes, long limitBytes) {

    static QuotaUsage of(MailQuota quota) {
        return new QuotaUsage(quota.usedBytes(), quota.limitBytes());
    }

    /** Where the meter turns to a warning (HTML meter's high), 90 % of the limit. */
    public long high() {
        return limitBytes / 10 * 9;
    }
}
