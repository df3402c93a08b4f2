package org.webmail.message;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderNotFoundException;
import org.webmail.imap.FolderRole;
import org.webmail.imap.MailAuthenticationException;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MailStoreException;
import org.webmail.imap.PoolTimeoutException;
import org.webmail.imap.MailStore;
import org.webmail.imap.MessageFlag;
import org.webmail.imap.Selection;

/**
 * Organising mail: one action on one message or a selection of a folder (Roundcube's mark.php and move.php in one
 * place). Archive, Junk and Trash are found by their role (RFC 6154 or the common name) and created when missing.
 */
@ApplicationScoped
public class MessageActions {

    @Inject
    MailStore mailStore;

    /** Runs the action unless it is a permanent delete that was not confirmed; never throws for a missing target. */
    public ActionOutcome perform(MailCredentials credentials, String folder, List<Long> uids, MessageAction action,
                                 String target, boolean confirmed) {
        if (uids.isEmpty()) {
            return ActionOutcome.problem(action, "Select at least one message first.");
        }
        try {
            return switch (action) {
                case READ -> flags(credentials, folder, uids, action, MessageFlag.SEEN, true, "marked as read");
                case UNREAD -> flags(credentials, folder, uids, action, MessageFlag.SEEN, false, "marked as unread");
                case FLAG -> flags(credentials, folder, uids, action, MessageFlag.FLAGGED, true, "flagged");
                case UNFLAG -> flags(credentials, folder, uids, action, MessageFlag.FLAGGED, false, "unflagged");
                case MOVE, COPY -> toChosenFolder(credentials, folder, uids, action, target);
                case DELETE -> delete(credentials, folder, uids, confirmed);
                case ARCHIVE -> toRoleFolder(credentials, folder, uids, action, FolderRole.ARCHIVE, "Archive");
                case JUNK -> toRoleFolder(credentials, folder, uids, action, FolderRole.JUNK, "Junk");
                case NOT_JUNK -> move(credentials, folder, uids, action, "INBOX", "moved back to the Inbox");
            };
        } catch (FolderNotFoundException e) {
            // The target went away between the check and the command (another device): nothing moved, nothing lost.
            return ActionOutcome.problem(action, "That folder does not exist (any more), so nothing was changed. Pick another one.");
        } catch (MailServerUnavailableException | PoolTimeoutException | MailAuthenticationException e) {
            throw e; // these have pages of their own (web.MailErrorMapper, auth)
        } catch (MailStoreException e) {
            // The server said NO (a full quota, no right to delete, RFC 4314): its words, and that nothing was lost.
            return ActionOutcome.problem(action, e.getMessage() + " Your messages are where they were.");
        }
    }

    /** The question a permanent delete asks first. */
    public static String confirmationQuestion(int count, String folder) {
        return "Delete " + (count == 1 ? "this message" : "these " + count + " messages") + " from " + ActionNotice.folderName(folder)
                + " for good? This cannot be undone.";
    }

    private ActionOutcome flags(MailCredentials credentials, String folder, List<Long> uids, MessageAction action,
                                MessageFlag flag, boolean add, String what) {
        Selection selection = mailStore.changeFlags(credentials, folder, uids, Set.of(flag), add);
        return outcome(action, selection, ActionNotice.done(selection, what, folder), false);
    }

    private ActionOutcome toChosenFolder(MailCredentials credentials, String folder, List<Long> uids, MessageAction action, String target) {
        String verb = action == MessageAction.MOVE ? "move" : "copy";
        if (target == null || target.isBlank()) {
            return ActionOutcome.problem(action, "Choose a folder to " + verb + " the messages to.");
        }
        Optional<FolderInfo> chosen = mailStore.folders(credentials).stream().filter(f -> f.path().equals(target) && f.selectable()).findFirst();
        if (chosen.isEmpty()) {
            return ActionOutcome.problem(action, "There is no folder \"" + target + "\", so nothing was changed. Pick another one.");
        }
        if (action == MessageAction.COPY) {
            Selection selection = mailStore.copy(credentials, folder, uids, target);
            return outcome(action, selection, ActionNotice.done(selection, "copied to " + ActionNotice.folderName(target), folder), false);
        }
        return move(credentials, folder, uids, action, target, "moved to " + ActionNotice.folderName(target));
    }

    private ActionOutcome delete(MailCredentials credentials, String folder, List<Long> uids, boolean confirmed) {
        List<FolderInfo> folders = mailStore.folders(credentials);
        boolean inTrash = folders.stream().anyMatch(f -> f.path().equals(folder) && f.role() == FolderRole.TRASH);
        if (!inTrash) {
            return toRoleFolder(credentials, folders, folder, uids, MessageAction.DELETE, FolderRole.TRASH, "Trash");
        }
        if (!confirmed) {
            return ActionOutcome.confirmFirst(MessageAction.DELETE, confirmationQuestion(uids.size(), folder));
        }
        Selection selection = mailStore.expunge(credentials, folder, uids);
        return outcome(MessageAction.DELETE, selection, ActionNotice.done(selection, "deleted for good", folder), true);
    }

    private ActionOutcome toRoleFolder(MailCredentials credentials, String folder, List<Long> uids, MessageAction action,
                                       FolderRole role, String commonName) {
        return toRoleFolder(credentials, mailStore.folders(credentials), folder, uids, action, role, commonName);
    }

    private ActionOutcome toRoleFolder(MailCredentials credentials, List<FolderInfo> folders, String folder, List<Long> uids,
                                       MessageAction action, FolderRole role, String commonName) {
        Optional<String> existing = folders.stream().filter(f -> f.role() == role && f.selectable()).map(FolderInfo::path).findFirst();
        String target = existing.orElseGet(() -> mailStore.createRoleFolder(credentials, role, commonName));
        String what = "moved to " + ActionNotice.folderName(target) + (existing.isEmpty() ? " (a new folder)" : "");
        return move(credentials, folder, uids, action, target, what);
    }

    private ActionOutcome move(MailCredentials credentials, String folder, List<Long> uids, MessageAction action, String target, String what) {
        if (target.equalsIgnoreCase(folder) && (target.equals(folder) || "INBOX".equalsIgnoreCase(folder))) {
            return ActionOutcome.problem(action, "The " + (uids.size() == 1 ? "message is" : "messages are") + " already in "
                    + ActionNotice.folderName(target) + ".");
        }
        Selection selection = mailStore.move(credentials, folder, uids, target);
        return outcome(action, selection, ActionNotice.done(selection, what, folder), !selection.markedDeletedOnly());
    }

    private static ActionOutcome outcome(MessageAction action, Selection selection, String notice, boolean removed) {
        return new ActionOutcome(action, selection.done(), selection.missing(), notice, false, false, removed);
    }
}
