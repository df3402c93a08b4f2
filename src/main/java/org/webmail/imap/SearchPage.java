package org.webmail.imap;

import java.util.List;

/**
 * One page (1-based) of search results, newest first.
 *
 * @param folder        the folder searched, or null when every folder was
 * @param total         results that can be paged through (at most the cap of an all-folders search)
 * @param matched       messages the server found; more than {@code total} when the cap cut the list
 * @param foldersLeftOut folders an all-folders search did not look into because of its folder cap
 * @param foldersNotReached folders an all-folders search did not start because its run time was up
 */
public record SearchPage(String folder, int page, int pageSize, int total, int matched, List<FoundMessage> messages,
                         int foldersSearched, int foldersLeftOut, int foldersNotReached) implements Paged {

    public SearchPage {
        messages = List.copyOf(messages);
    }

    public SearchPage(String folder, int page, int pageSize, int total, int matched, List<FoundMessage> messages,
                      int foldersSearched, int foldersLeftOut) {
        this(folder, page, pageSize, total, matched, messages, foldersSearched, foldersLeftOut, 0);
    }

    /** Whether the all-folders search stopped before its last folder (run-time cap): the results may be incomplete. */
    public boolean stoppedEarly() {
        return foldersNotReached > 0;
    }

    @Override
    public int itemCount() {
        return total;
    }

    /** Whether the cap of an all-folders search cut the list. */
    public boolean capped() {
        return matched > total;
    }

    /** The 1-based page that exists for a requested page: beyond the end means the last one. */
    static int clamp(int requested, int total, int pageSize) {
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        return Math.min(Math.max(1, requested), pages);
    }
}
