package org.webmail.imap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * APPEND (RFC 3501 6.3.11) of a stored message, byte for byte: a message parsed from a stream is written back
 * unchanged. Returns the new UID from APPENDUID (RFC 4315) when the server has UIDPLUS.
 */
final class AppendMessage {

    private static final Session PARSING = Session.getInstance(new Properties());

    private AppendMessage() {
    }

    static long run(PooledStore connection, String path, Path rfc822, Set<MessageFlag> flags) throws MessagingException, IOException {
        IMAPFolder folder = (IMAPFolder) connection.store().getFolder(FolderPaths.toServerName(path, SelectedFolder.delimiter(connection)));
        if (!folder.exists() || (folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
            throw new FolderNotFoundException("There is no folder \"" + path + "\" to store the message in.");
        }
        MimeMessage message;
        try (InputStream in = Files.newInputStream(rfc822)) {
            message = new MimeMessage(PARSING, in);
        }
        message.setFlags(ImapFlags.of(flags), true);
        AppendUID[] uids = folder.appendUIDMessages(new Message[] {message});
        return uids != null && uids.length == 1 && uids[0] != null ? uids[0].uid : -1;
    }
}
