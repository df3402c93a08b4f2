package org.webmail.mailbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.imap.FolderInfo;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.imap.MessagePage;

/** The folder tree and one page of a folder, as the mailbox view shows them. */
@ApplicationScoped
public class MailboxService {

    @Inject
    MailStore mailStore;

    public List<FolderInfo> folders(MailCredentials credentials) {
        return mailStore.folders(credentials);
    }

    public MessagePage page(MailCredentials credentials, String folder, int page, int pageSize) {
        return mailStore.listMessages(credentials, folder, Math.max(1, page), pageSize);
    }

    /** Whether a path names a folder: a message URL and a nested numeric folder look alike (/mail/Projects/2026). */
    public boolean isFolder(List<FolderInfo> folders, String path) {
        return folders.stream().anyMatch(f -> f.path().equals(path));
    }
}
