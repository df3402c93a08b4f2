package org.webmail.compose.smtp;

import java.util.Optional;

import org.webmail.imap.MailCredentials;

/**
 * The signed-in user's own credentials for SMTP AUTH, looked up when the outbox sends (never a shared system
 * sender). Empty when the user has no live session on this replica: their mail then waits for the next sign-in.
 */
public interface SubmissionCredentials {

    Optional<MailCredentials> forUser(String login);
}
