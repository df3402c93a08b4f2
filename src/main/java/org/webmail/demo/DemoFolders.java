package org.webmail.demo;

import java.util.List;

/** The demo mailbox's folders, as '/'-separated paths; the seeder turns '/' into the server's delimiter. */
final class DemoFolders {

    static final String INBOX = "INBOX";
    static final String SENT = "Sent";
    static final String DRAFTS = "Drafts";
    static final String ARCHIVE = "Archive";
    static final String JUNK = "Junk";
    static final String TRASH = "Trash";
    static final String PROJECTS = "Projects";
    static final String PROJECTS_2026 = "Projects/2026";

    /** Parents before children, so a plain loop can create them. */
    static final List<String> ALL = List.of(INBOX, SENT, DRAFTS, ARCHIVE, JUNK, TRASH, PROJECTS, PROJECTS_2026);

    private DemoFolders() {
    }
}
