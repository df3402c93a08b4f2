package org.webmail.imap;

import jakarta.mail.MessagingException;

import java.util.Set;

/**
 * RENAME (RFC 3501 section 6.3.5) of a folder, which may also move it under another parent; its sub-folders go
 * with it. Subscriptions are names, not mailboxes (section 6.3.9), so the subscribed ones are carried over to the
 * new names, as servers that keep them separately (GreenMail) would otherwise lose them.
 */
final class RenameFolder {

    private RenameFolder() {
    }

    /** Returns the folder's new path. */
    static String run(PooledStore connection, String path, String newParent, String newName) throws MessagingException {
        char delimiter = SelectedFolder.delimiter(connection);
        FolderNames.check(newName, delimiter);
        String target = FolderCommand.join(newParent, newName);
        if (target.equals(path)) {
            throw new FolderChangeRefusedException("The folder already has this name and place.", FolderChangeRefusedException.Reason.SAME_PLACE);
        }
        if (target.startsWith(path + "/")) {
            throw new FolderChangeRefusedException("A folder cannot be moved into itself or one of its sub-folders.", FolderChangeRefusedException.Reason.INTO_ITSELF);
        }
        Set<String> subscribed = Subscriptions.list(connection);
        String from = FolderPaths.toServerName(path, delimiter);
        String to = FolderPaths.toServerName(target, delimiter);
        FolderCommand.run(connection, target, protocol -> {
            protocol.rename(from, to);
            return null;
        });
        for (String old : subscribed) {
            if (old.equals(path) || old.startsWith(path + "/")) {
                String renamed = target + old.substring(path.length());
                // Each step on its own: a server that moved the subscription itself, or refuses to unsubscribe a name
                // that no longer exists (GreenMail), must not undo a rename that has succeeded.
                FolderCommand.tryRun(connection, renamed, protocol -> {
                    protocol.subscribe(FolderPaths.toServerName(renamed, delimiter));
                    return null;
                });
                FolderCommand.tryRun(connection, old, protocol -> {
                    protocol.unsubscribe(FolderPaths.toServerName(old, delimiter));
                    return null;
                });
            }
        }
        return target;
    }
}
