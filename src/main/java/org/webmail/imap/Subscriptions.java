package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.ListInfo;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The subscription list (RFC 3501 sections 6.3.6-6.3.9): LSUB, which every IMAP4rev1 server answers (IMAP4rev2's
 * LIST (SUBSCRIBED) is not yet everywhere), and SUBSCRIBE / UNSUBSCRIBE. A subscribed name may have no mailbox.
 */
final class Subscriptions {

    private Subscriptions() {
    }

    /** The paths of the subscribed names. */
    static Set<String> list(PooledStore connection) throws MessagingException {
        IMAPFolder root = (IMAPFolder) connection.store().getDefaultFolder();
        ListInfo[] infos = (ListInfo[]) root.doCommand(protocol -> protocol.lsub("", "*"));
        Set<String> paths = new LinkedHashSet<>();
        if (infos != null) {
            for (ListInfo info : infos) {
                String name = info.separator != 0 && info.name.endsWith(String.valueOf(info.separator))
                        ? info.name.substring(0, info.name.length() - 1) : info.name;
                paths.add(FolderPaths.toPath(name, info.separator));
            }
        }
        return paths;
    }

    /** Throws {@link FolderChangeRefusedException} when the server refuses. */
    static void change(PooledStore connection, String path, boolean subscribe) throws MessagingException {
        String serverName = FolderPaths.toServerName(path, SelectedFolder.delimiter(connection));
        FolderCommand.run(connection, path, protocol -> {
            if (subscribe) {
                protocol.subscribe(serverName);
            } else {
                protocol.unsubscribe(serverName);
            }
            return null;
        });
    }
}
