package org.webmail.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.webmail.account.Identities;
import org.webmail.compose.smtp.DatabaseOutbox;

/** "Edit and send again": a message the outbox kept (refused, or outcome unknown) reopened as a compose form. */
@ApplicationScoped
public class OutboxResume {

    @Inject
    DatabaseOutbox outbox;

    @Inject
    Identities identities;

    @Inject
    ComposeSessions sessions;

    public ComposeSession open(String login, long outboxId) {
        byte[] stored = outbox.message(login, outboxId);
        if (stored == null) {
            throw new NotFoundException("no outbox message " + outboxId + " of this user");
        }
        ComposeSession session = sessions.open(login);
        Path file = null;
        try {
            file = Files.createTempFile("outbox-", ".eml");
            Files.write(file, stored);
            DraftReader.read(file, identities.of(login), session);
            return session;
        } catch (IOException e) {
            sessions.close(session);
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
