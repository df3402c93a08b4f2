package org.webmail.imap;

import java.util.Map;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;

/**
 * Creates the folder an action needs when the account has none (Archive, Junk, Trash). With CREATE-SPECIAL-USE the
 * server is told its role as it is made, {@code CREATE "Archive" (USE (\Archive))} (RFC 6154 section 3), so every
 * other client finds it too; without it the common name is what they go by. Then SUBSCRIBE (RFC 3501 6.3.6), for
 * clients that show only subscribed folders. Runs on the Store's connection: no folder is open meanwhile.
 */
final class CreateRoleFolder {

    private static final Map<FolderRole, String> ATTRIBUTE = Map.of(
            FolderRole.ARCHIVE, "\\Archive", FolderRole.JUNK, "\\Junk", FolderRole.TRASH, "\\Trash",
            FolderRole.SENT, "\\Sent", FolderRole.DRAFTS, "\\Drafts");

    private CreateRoleFolder() {
    }

    static String run(PooledStore connection, FolderRole role, String path) throws MessagingException {
        String serverName = FolderPaths.toServerName(path, SelectedFolder.delimiter(connection));
        String encoded = BASE64MailboxEncoder.encode(serverName);
        boolean useAttribute = connection.store().hasCapability("CREATE-SPECIAL-USE") && ATTRIBUTE.containsKey(role);
        IMAPFolder root = (IMAPFolder) connection.store().getDefaultFolder();
        root.doCommand(protocol -> {
            Argument args = new Argument();
            args.writeString(encoded);
            if (useAttribute) {
                args.writeAtom("(USE (" + ATTRIBUTE.get(role) + "))");
            }
            Response[] created = protocol.command("CREATE", args);
            protocol.notifyResponseHandlers(created);
            protocol.handleResult(created[created.length - 1]);
            Argument name = new Argument();
            name.writeString(encoded);
            Response[] subscribed = protocol.command("SUBSCRIBE", name);
            protocol.notifyResponseHandlers(subscribed); // a refused SUBSCRIBE leaves a usable folder: not an error
            return null;
        });
        return path;
    }
}
