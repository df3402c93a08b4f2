package org.webmail.compose;

/** Where the last saved version of a draft is, so the next save can remove it (after appending the new one). */
public record DraftRef(String folder, long uid) {
}
