package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.ListInfo;
import org.eclipse.angus.mail.imap.protocol.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every folder with its counts. With LIST-STATUS (RFC 5819) that is one command,
 * {@code LIST "" "*" RETURN (STATUS (MESSAGES UNSEEN))}; without it, LIST then one STATUS per selectable folder.
 * Runs on the Store's connection: no folder is open meanwhile.
 */
final class ListFolders {

    private static final String[] COUNTS = {"MESSAGES", "UNSEEN"};

    private ListFolders() {
    }

    static List<FolderInfo> run(PooledStore connection) throws MessagingException {
        IMAPStore store = connection.store();
        boolean listStatus = store.hasCapability("LIST-STATUS");
        boolean specialUse = store.hasCapability("SPECIAL-USE");
        IMAPFolder root = (IMAPFolder) store.getDefaultFolder();
        Listing listing = (Listing) root.doCommand(protocol ->
                listStatus ? listWithStatus(protocol, specialUse) : listThenStatus(protocol));
        char delimiter = listing.delimiter();
        if (delimiter != 0) {
            connection.delimiter(delimiter);
        }
        List<ListedFolder> folders = new ArrayList<>();
        for (ListInfo info : listing.infos()) {
            Status status = listing.counts().get(info.name);
            String path = FolderPaths.toPath(withoutTrailingDelimiter(info.name, info.separator), info.separator);
            folders.add(new ListedFolder(path, Arrays.asList(info.attrs), info.canOpen,
                    status == null ? 0 : Math.max(0, status.total), status == null ? 0 : Math.max(0, status.unseen)));
        }
        return FolderTree.arrange(folders);
    }

    private record Listing(List<ListInfo> infos, Map<String, Status> counts) {
        char delimiter() {
            return infos.stream().map(info -> info.separator).filter(c -> c != 0).findFirst().orElse((char) 0);
        }
    }

    private static Listing listThenStatus(IMAPProtocol protocol) throws ProtocolException {
        ListInfo[] infos = protocol.list("", "*");
        List<ListInfo> listed = infos == null ? List.of() : Arrays.asList(infos);
        Map<String, Status> counts = new HashMap<>();
        for (ListInfo info : listed) {
            if (!info.canOpen) {
                continue;
            }
            try {
                counts.put(info.name, protocol.status(info.name, COUNTS));
            } catch (CommandFailedException e) {
                // NO for one mailbox (no read right, RFC 4314): show it without counts rather than fail the tree
            }
        }
        return new Listing(listed, counts);
    }

    private static Listing listWithStatus(IMAPProtocol protocol, boolean specialUse) throws ProtocolException {
        Argument counts = new Argument();
        Arrays.stream(COUNTS).forEach(counts::writeAtom);
        Argument returnOptions = new Argument();
        if (specialUse) {
            returnOptions.writeAtom("SPECIAL-USE"); // RFC 6154 section 5.1: ask for \Sent, \Trash... explicitly
        }
        returnOptions.writeAtom("STATUS");
        returnOptions.writeArgument(counts);
        Argument args = new Argument();
        args.writeString("");
        args.writeString("*");
        args.writeAtom("RETURN");
        args.writeArgument(returnOptions);

        Response[] responses = protocol.command("LIST", args);
        Response result = responses[responses.length - 1];
        List<ListInfo> listed = new ArrayList<>();
        Map<String, Status> statuses = new HashMap<>();
        if (result.isOK()) {
            for (int i = 0; i < responses.length; i++) {
                if (responses[i] instanceof IMAPResponse response) {
                    if (response.keyEquals("LIST")) {
                        listed.add(new ListInfo(response));
                        responses[i] = null;
                    } else if (response.keyEquals("STATUS")) {
                        Status status = new Status(response);
                        statuses.put(status.mbox, status);
                        responses[i] = null;
                    }
                }
            }
        }
        protocol.notifyResponseHandlers(responses); // anything unsolicited (EXISTS, ALERT) still reaches Angus
        protocol.handleResult(result);
        return new Listing(listed, statuses);
    }

    private static String withoutTrailingDelimiter(String name, char delimiter) {
        return delimiter != 0 && name.length() > 1 && name.charAt(name.length() - 1) == delimiter
                ? name.substring(0, name.length() - 1) : name;
    }
}
