package org.webmail.search;

/** A search the webmail cannot understand, with a sentence that tells the person what to type instead. */
public class SearchQueryException extends IllegalArgumentException {
    public SearchQueryException(String message) {
        super(message);
    }
}
