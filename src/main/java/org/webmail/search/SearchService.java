package org.webmail.search;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.webmail.imap.FolderInfo;
import org.webmail.mailbox.MailMessages;
import org.webmail.web.Bundles;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.imap.SearchPage;
import org.webmail.imap.SearchRefusedException;

/** Runs a parsed search on the mail server, in one folder or in all of them, and says plainly what went wrong. */
@ApplicationScoped
public class SearchService {

    @Inject
    MailStore mailStore;

    @Inject
    Bundles bundles;

    /** How long an all-folders search may go on starting folders; the IMAP read timeout bounds each command. */
    @ConfigProperty(name = "webmail.search.max-run-time")
    Duration maxRunTime;

    public List<FolderInfo> folders(MailCredentials credentials) {
        return mailStore.folders(credentials);
    }

    /** The view of one results page; an empty query asks for nothing and shows help instead of every message. */
    public SearchView search(MailCredentials credentials, String typed, String folder, boolean allFolders, int page, int pageSize) {
        SearchQuery query;
        try {
            query = SearchQueryParser.parse(typed);
        } catch (SearchQueryException e) {
            return new SearchView(typed == null ? "" : typed.strip(), folder, allFolders, null, e.wording(bundles.of(MailMessages.class)), true);
        }
        if (query.isBlank()) {
            return new SearchView(query.typed(), folder, allFolders, null, null, false);
        }
        try {
            SearchPage results = allFolders
                    ? mailStore.searchAll(credentials, query.criteria(), Math.max(1, page), pageSize, maxRunTime)
                    : mailStore.search(credentials, folder, query.criteria(), Math.max(1, page), pageSize);
            return new SearchView(query.typed(), folder, allFolders, results, null, false);
        } catch (SearchRefusedException e) {
            String said = e.getCause() == null || e.getCause().getMessage() == null ? "" : e.getCause().getMessage();
            return new SearchView(query.typed(), folder, allFolders, null, bundles.of(MailMessages.class).search_server_refused(said), false);
        }
    }
}
