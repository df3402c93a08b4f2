package org.webmail.auth;

import java.util.Optional;

import org.webmail.imap.MailCredentials;

/**
 * Mail credentials for a user with no live session on this replica, for work that goes on without them (the
 * outbox); empty when there are none. Single sign-on provides them from a stored refresh token (auth.sso).
 */
public interface OfflineCredentials {

    Optional<MailCredentials> forUser(String login);
}
