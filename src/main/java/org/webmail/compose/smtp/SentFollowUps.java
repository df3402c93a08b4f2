package org.webmail.compose.smtp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.webmail.imap.FolderRole;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.imap.MessageFlag;

/**
 * What follows a 250: the copy in Sent (APPEND with \Seen, RFC 3501 section 6.3.11), \Answered or $Forwarded on
 * the original, the draft removed. The message is already gone, so a failure here is logged and noted, never a resend.
 */
@ApplicationScoped
public class SentFollowUps {

    private static final Logger LOG = Logger.getLogger(SentFollowUps.class);

    @Inject
    MailStore mailStore;

    @Inject
    SmtpSettings settings;

    /** Returns what went wrong in words for the delivery log, or null when everything was done. */
    String run(MailCredentials credentials, PendingSend sent) {
        List<String> problems = new ArrayList<>();
        if (!settings.serverSavesSent()) {
            attempt(problems, "The copy in your Sent folder could not be saved", () -> saveSentCopy(credentials, sent));
        }
        OutgoingMessage.AfterSend after = sent.afterSend();
        if (after.originalFolder() != null && after.originalUid() != null) {
            MessageFlag flag = after.forwarded() ? MessageFlag.FORWARDED : MessageFlag.ANSWERED;
            attempt(problems, "The original message could not be marked as " + (after.forwarded() ? "forwarded" : "answered"),
                    () -> mailStore.addFlags(credentials, after.originalFolder(), after.originalUid(), EnumSet.of(flag)));
        }
        if (after.draftFolder() != null && after.draftUid() != null) {
            attempt(problems, "The draft could not be removed from " + after.draftFolder(),
                    () -> mailStore.remove(credentials, after.draftFolder(), after.draftUid()));
        }
        return problems.isEmpty() ? null : "Sent. " + String.join(". ", problems) + ".";
    }

    private void saveSentCopy(MailCredentials credentials, PendingSend sent) throws IOException {
        Optional<String> folder = mailStore.folderWithRole(credentials, FolderRole.SENT);
        if (folder.isEmpty()) {
            throw new IllegalStateException("your account has no Sent folder");
        }
        Path file = Files.createTempFile("outbox-sent-", ".eml");
        try {
            Files.write(file, sent.message());
            mailStore.append(credentials, folder.get(), file, EnumSet.of(MessageFlag.SEEN));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void attempt(List<String> problems, String what, Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("after sending: %s: %s", what, e.toString());
            problems.add(what + " (" + e.getMessage() + ")");
        }
    }
}
