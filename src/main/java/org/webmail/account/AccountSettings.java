package org.webmail.account;

import java.time.ZoneId;

/**
 * A user's preferences as the views need them.
 *
 * @param language BCP 47 tag the user chose, or null to follow the browser
 */
public record AccountSettings(String login, String displayName, ZoneId zone, int pageSize, String language,
                              Theme theme, ReadingPane readingPane, RemoteContentPolicy remoteContent) {

    /** What a user who never saved settings gets. */
    static AccountSettings defaults(String login, ZoneId zone, int pageSize) {
        return new AccountSettings(login, null, zone, pageSize, null, Theme.SYSTEM, ReadingPane.RIGHT, RemoteContentPolicy.ASK);
    }
}
