package org.webmail.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.compose.smtp.SubmissionCredentials;
import org.webmail.imap.MailCredentials;

/** Hands the outbox the credentials of a user who is signed in on this replica. */
@ApplicationScoped
public class SessionCredentials implements SubmissionCredentials {

    @Inject
    WebSessions sessions;

    @Override
    public Optional<MailCredentials> forUser(String login) {
        return sessions.credentialsOf(login);
    }
}
