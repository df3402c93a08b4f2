package org.webmail.imap;

/**
 * What every paged list (a folder, search results, conversations) shows under it: page N of M, newer and older.
 * Pages are 1-based; a list with nothing in it still has one (empty) page.
 */
public interface Paged {

    int page();

    int pageSize();

    /** How many items the list holds in all pages. */
    int itemCount();

    default int pageCount() {
        return Math.max(1, (itemCount() + pageSize() - 1) / pageSize());
    }

    default boolean hasPrevious() {
        return page() > 1;
    }

    default boolean hasNext() {
        return page() < pageCount();
    }
}
