package org.webmail.imap;

import java.util.List;

/**
 * What an action on a selection of messages did. UIDs that are no longer in the folder (another device moved or
 * deleted them) are not an error: the action runs on the rest and reports them as missing.
 *
 * @param done              UIDs acted on, ascending
 * @param missing           UIDs asked for that the folder no longer has
 * @param markedDeletedOnly a move or delete on a server without UIDPLUS (RFC 4315): the messages are marked \Deleted
 *                          but stay in the folder until some client expunges it, since a plain EXPUNGE would also
 *                          remove mail others marked
 */
public record Selection(List<Long> done, List<Long> missing, boolean markedDeletedOnly) {

    public Selection {
        done = List.copyOf(done);
        missing = List.copyOf(missing);
    }
}
