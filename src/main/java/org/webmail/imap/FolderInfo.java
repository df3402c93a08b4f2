package org.webmail.imap;

/**
 * A folder as the folder tree shows it.
 *
 * @param path       hierarchy levels joined by '/', e.g. "Projects/2026"; also the URL form
 * @param name       the last level, for display
 * @param depth      0 for top-level folders
 * @param role       special use from RFC 6154 attributes, or guessed from common names
 * @param selectable false for \Noselect containers that hold only sub-folders
 */
public record FolderInfo(String path, String name, int depth, FolderRole role, int unread, int total, boolean selectable) {
}
