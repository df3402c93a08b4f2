package org.webmail.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.compose.smtp.SubmissionCredentials;
import org.webmail.imap.MailCredentials;

/**
 * Hands the outbox the credentials of a user: from a live session on this replica, else from whatever can act for
 * them offline (a stored single sign-on refresh token).
 */
@ApplicationScoped
public class SessionCredentials implements SubmissionCredentials {

    @Inject
    WebSessions sessions;

    @Inject
    jakarta.enterprise.inject.Instance<OfflineCredentials> offline;

    @Override
    public Optional<MailCredentials> forUser(String login) {
        Optional<MailCredentials> live = sessions.credentialsOf(login);
        if (live.isPresent()) {
            return live;
        }
        for (OfflineCredentials source : offline) {
            Optional<MailCredentials> stored = source.forUser(login);
            if (stored.isPresent()) {
                return stored;
            }
        }
        return Optional.empty();
    }
}
