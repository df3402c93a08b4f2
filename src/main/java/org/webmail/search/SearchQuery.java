package org.webmail.search;

import org.webmail.imap.SearchCriteria;

/**
 * A parsed search: what was typed (kept in the search box) and the criteria for the mail server.
 *
 * @param typed    the text as the person typed it, trimmed
 * @param criteria all terms ANDed
 */
public record SearchQuery(String typed, SearchCriteria criteria) {

    /** Nothing was asked for: an empty box shows help, not every message. */
    public boolean isBlank() {
        return criteria.matchesEverything();
    }
}
