package org.webmail.imap;

import jakarta.mail.MessagingException;

/**
 * DELETE (RFC 3501 section 6.3.4) of one folder and its messages, then UNSUBSCRIBE: the server must keep a
 * subscription to a name that no longer exists (section 6.3.9), which would leave a ghost in other clients.
 */
final class DeleteFolder {

    private DeleteFolder() {
    }

    static void run(PooledStore connection, String path) throws MessagingException {
        String serverName = FolderPaths.toServerName(path, SelectedFolder.delimiter(connection));
        FolderCommand.run(connection, path, protocol -> {
            protocol.delete(serverName);
            return null;
        });
        FolderCommand.tryRun(connection, path, protocol -> {
            protocol.unsubscribe(serverName);
            return null;
        });
    }
}
