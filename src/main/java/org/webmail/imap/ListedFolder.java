package org.webmail.imap;

import java.util.List;

/**
 * One mailbox as LIST (RFC 3501 section 7.2.2) and STATUS (section 7.2.4) describe it, translated to our path form.
 *
 * @param attributes name attributes, e.g. \Noselect, \HasChildren, or RFC 6154's \Sent
 */
record ListedFolder(String path, List<String> attributes, boolean selectable, int total, int unread) {
}
