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
import org.webmail.compose.ComposeMessages;
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

    private static final String SENT_COPY = "SENT_COPY";
    private static final String ANSWERED = "ANSWERED";
    private static final String FORWARDED = "FORWARDED";
    private static final String DRAFT = "DRAFT";

    /**
     * Returns what went wrong for the delivery log, or null when everything was done. It is stored, so it is kept as
     * codes, one line per failed step ("DRAFT&#9;Drafts&#9;reason"), and worded by {@link #words} when shown.
     */
    String run(MailCredentials credentials, PendingSend sent) {
        List<String> problems = new ArrayList<>();
        if (!settings.serverSavesSent()) {
            attempt(problems, SENT_COPY, () -> saveSentCopy(credentials, sent));
        }
        OutgoingMessage.AfterSend after = sent.afterSend();
        if (after.originalFolder() != null && after.originalUid() != null) {
            MessageFlag flag = after.forwarded() ? MessageFlag.FORWARDED : MessageFlag.ANSWERED;
            attempt(problems, after.forwarded() ? FORWARDED : ANSWERED,
                    () -> mailStore.addFlags(credentials, after.originalFolder(), after.originalUid(), EnumSet.of(flag)));
        }
        if (after.draftFolder() != null && after.draftUid() != null) {
            attempt(problems, ReplyExplanation.with(DRAFT, after.draftFolder().replace('\t', ' ')),
                    () -> mailStore.remove(credentials, after.draftFolder(), after.draftUid()));
        }
        return problems.isEmpty() ? null : ReplyExplanation.FOLLOW_UP + "\n" + String.join("\n", problems);
    }

    /** The stored lines of {@link #run} as sentences: "Sent. The draft could not be removed from Drafts (...)." */
    static String words(String lines, ComposeMessages w) {
        StringBuilder out = new StringBuilder(w.followUpSent());
        for (String line : lines.split("\n")) {
            String[] f = line.split("\t", -1);
            String reason = f[f.length - 1];
            String sentence = switch (f[0]) {
                case SENT_COPY -> w.followUpSentCopy(reason);
                case ANSWERED -> w.followUpAnswered(reason);
                case FORWARDED -> w.followUpForwarded(reason);
                case DRAFT -> w.followUpDraft(f.length > 2 ? f[1] : "", reason);
                default -> line;
            };
            out.append(' ').append(sentence);
        }
        return out.toString();
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
            problems.add(ReplyExplanation.with(what, String.valueOf(e.getMessage()).replace('\t', ' ')));
        }
    }
}
