package org.webmail.imap;

import jakarta.mail.MessagingException;

/**
 * CREATE (RFC 3501 section 6.3.3) of one folder, then SUBSCRIBE (6.3.6): clients that show only subscribed
 * folders would otherwise not show the folder the user just made.
 */
final class CreateFolder {

    private CreateFolder() {
    }

    /** Returns the new folder's path. */
    static String run(PooledStore connection, String parent, String name) throws MessagingException {
        char delimiter = SelectedFolder.delimiter(connection);
        FolderNames.check(name, delimiter);
        String path = FolderCommand.join(parent, name);
        String serverName = FolderPaths.toServerName(path, delimiter);
        FolderCommand.run(connection, path, protocol -> {
            protocol.create(serverName);
            return null;
        });
        FolderCommand.tryRun(connection, path, protocol -> {
            protocol.subscribe(serverName);
            return null;
        });
        return path;
    }
}
