package org.webmail.account;

import java.time.ZoneId;

/** A user's preferences as the views need them. */
public record AccountSettings(String login, String displayName, ZoneId zone, int pageSize) {
}
