package org.webmail.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.webmail.imap.SearchPage;

/**
 * What the results page shows.
 *
 * @param typed      the query as typed, put back in the search box
 * @param folder     the folder searched, or the one the search started from when {@code allFolders}
 * @param results    null when nothing was searched (empty or bad query, or the server refused)
 * @param problem    a sentence for the person when the query or the server failed, else null
 * @param badQuery   the problem is the query's (HTTP 400), not the server's
 */
public record SearchView(String typed, String folder, boolean allFolders, SearchPage results, String problem, boolean badQuery) {

    /** The link to another page of the same search. */
    public String pageHref(int page) {
        return href(allFolders) + "&page=" + page;
    }

    /** Where the action bar returns after acting on checked results: this very page of this search. */
    public String backHref() {
        return pageHref(results == null ? 1 : results.page());
    }

    /** The same search in the other scope: all folders, or just the folder it started from. */
    public String otherScopeHref() {
        return href(!allFolders);
    }

    private String href(boolean all) {
        return "/search?q=" + encoded(typed) + "&folder=" + encoded(folder) + (all ? "&scope=all" : "");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
