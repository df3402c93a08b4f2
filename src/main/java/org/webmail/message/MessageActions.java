package org.webmail.message;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

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
import org.webmail.mailbox.MailMessages;
import org.webmail.web.Bundles;

/**
 * Organising mail: one action on one message or a selection of a folder (Roundcube's mark.php and move.php in one
 * place). Archive, Junk and Trash are found by their role (RFC 6154 or the common name) and created when missing.
 */
@ApplicationScoped
public class MessageActions {

    @Inject
    MailStore mailStore;

    @Inject
    Bundles bundles;

    /** Runs the action unless it is a permanent delete that was not confirmed; never throws for a missing target. */
    public ActionOutcome perform(MailCredentials credentials, String folder, List<Long> uids, MessageAction action,
                                 String target, boolean confirmed) {
        MailMessages text = bundles.of(MailMessages.class);
        if (uids.isEmpty()) {
            return ActionOutcome.problem(action, text.select_first());
        }
        try {
            return switch (action) {
                case READ -> flags(credentials, folder, uids, action, MessageFlag.SEEN, true, text::done_read, text);
                case UNREAD -> flags(credentials, folder, uids, action, MessageFlag.SEEN, false, text::done_unread, text);
                case FLAG -> flags(credentials, folder, uids, action, MessageFlag.FLAGGED, true, text::done_flag, text);
                case UNFLAG -> flags(credentials, folder, uids, action, MessageFlag.FLAGGED, false, text::done_unflag, text);
                case MOVE, COPY -> toChosenFolder(credentials, folder, uids, action, target, text);
                case DELETE -> delete(credentials, folder, uids, confirmed, text);
                case ARCHIVE -> toRoleFolder(credentials, folder, uids, action, FolderRole.ARCHIVE, "Archive", text);
                case JUNK -> toRoleFolder(credentials, folder, uids, action, FolderRole.JUNK, "Junk", text);
                case NOT_JUNK -> move(credentials, folder, uids, action, "INBOX", text::done_not_junk, text);
            };
        } catch (FolderNotFoundException e) {
            // The target went away between the check and the command (another device): nothing moved, nothing lost.
            return ActionOutcome.problem(action, text.target_gone());
        } catch (MailServerUnavailableException | PoolTimeoutException | MailAuthenticationException e) {
            throw e; // these have pages of their own (web.MailErrorMapper, auth)
        } catch (MailStoreException e) {
            // The server said NO (a full quota, no right to delete, RFC 4314): its words, and that nothing was lost.
            // the server's own words, in the reader's sentence around them
            String said = e.getCause() != null && e.getCause().getMessage() != null
                    ? text.server_could_not(e.getCause().getMessage()) : e.getMessage();
            return ActionOutcome.problem(action, text.server_refused_action(said));
        }
    }

    /** The question a permanent delete asks first. */
    public static String confirmationQuestion(int count, String folder, MailMessages text) {
        return text.confirm_delete_question(count, ActionNotice.folderName(folder, text));
    }

    private ActionOutcome flags(MailCredentials credentials, String folder, List<Long> uids, MessageAction action,
                                MessageFlag flag, boolean add, IntFunction<String> what, MailMessages text) {
        Selection selection = mailStore.changeFlags(credentials, folder, uids, Set.of(flag), add);
        return outcome(action, selection, ActionNotice.done(selection, what, folder, text), false);
    }

    private ActionOutcome toChosenFolder(MailCredentials credentials, String folder, List<Long> uids, MessageAction action, String target,
                                         MailMessages text) {
        if (target == null || target.isBlank()) {
            return ActionOutcome.problem(action, text.choose_target(action == MessageAction.COPY));
        }
        Optional<FolderInfo> chosen = mailStore.folders(credentials).stream().filter(f -> f.path().equals(target) && f.selectable()).findFirst();
        if (chosen.isEmpty()) {
            return ActionOutcome.problem(action, text.no_such_target(target));
        }
        if (action == MessageAction.COPY) {
            Selection selection = mailStore.copy(credentials, folder, uids, target);
            String where = ActionNotice.folderName(target, text);
            return outcome(action, selection, ActionNotice.done(selection, n -> text.done_copied(n, where), folder, text), false);
        }
        String where = ActionNotice.folderName(target, text);
        return move(credentials, folder, uids, action, target, n -> text.done_moved(n, where), text);
    }

    private ActionOutcome delete(MailCredentials credentials, String folder, List<Long> uids, boolean confirmed, MailMessages text) {
        List<FolderInfo> folders = mailStore.folders(credentials);
        boolean inTrash = folders.stream().anyMatch(f -> f.path().equals(folder) && f.role() == FolderRole.TRASH);
        if (!inTrash) {
            return toRoleFolder(credentials, folders, folder, uids, MessageAction.DELETE, FolderRole.TRASH, "Trash", text);
        }
        if (!confirmed) {
            return ActionOutcome.confirmFirst(MessageAction.DELETE, confirmationQuestion(uids.size(), folder, text));
        }
        Selection selection = mailStore.expunge(credentials, folder, uids);
        return outcome(MessageAction.DELETE, selection, ActionNotice.done(selection, text::done_deleted, folder, text), true);
    }

    private ActionOutcome toRoleFolder(MailCredentials credentials, String folder, List<Long> uids, MessageAction action,
                                       FolderRole role, String commonName, MailMessages text) {
        return toRoleFolder(credentials, mailStore.folders(credentials), folder, uids, action, role, commonName, text);
    }

    private ActionOutcome toRoleFolder(MailCredentials credentials, List<FolderInfo> folders, String folder, List<Long> uids,
                                       MessageAction action, FolderRole role, String commonName, MailMessages text) {
        Optional<String> existing = folders.stream().filter(f -> f.role() == role && f.selectable()).map(FolderInfo::path).findFirst();
        String target = existing.orElseGet(() -> mailStore.createRoleFolder(credentials, role, commonName));
        String where = ActionNotice.folderName(target, text);
        IntFunction<String> what = existing.isEmpty() ? n -> text.done_moved_new_folder(n, where) : n -> text.done_moved(n, where);
        return move(credentials, folder, uids, action, target, what, text);
    }

    private ActionOutcome move(MailCredentials credentials, String folder, List<Long> uids, MessageAction action, String target,
                               IntFunction<String> what, MailMessages text) {
        if (target.equalsIgnoreCase(folder) && (target.equals(folder) || "INBOX".equalsIgnoreCase(folder))) {
            return ActionOutcome.problem(action, text.already_in(uids.size(), ActionNotice.folderName(target, text)));
        }
        Selection selection = mailStore.move(credentials, folder, uids, target);
        return outcome(action, selection, ActionNotice.done(selection, what, folder, text), !selection.markedDeletedOnly());
    }

    private static ActionOutcome outcome(MessageAction action, Selection selection, String notice, boolean removed) {
        return new ActionOutcome(action, selection.done(), selection.missing(), notice, false, false, removed);
    }
}
