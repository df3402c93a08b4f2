package org.webmail.imap;

/**
 * The storage quota of the user's INBOX quota root (RFC 9208 section 5.1, STORAGE), in bytes.
 *
 * @param usedBytes  what the messages take now
 * @param limitBytes what the server allows
 */
public record MailQuota(long usedBytes, long limitBytes) {
}
