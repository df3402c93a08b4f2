package org.webmail.imap;

/**
 * A downloadable part.
 *
 * @param partPath IMAP part specifier (RFC 3501 6.4.5), e.g. "2" or "1.3"
 * @param fileName decoded name (RFC 2047 / RFC 2231), never null
 * @param size     approximate decoded size in bytes, -1 when unknown
 */
public record AttachmentInfo(String partPath, String fileName, String contentType, long size) {
}
