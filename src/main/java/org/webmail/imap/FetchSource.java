package org.webmail.imap;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The message exactly as stored (BODY.PEEK[], RFC 3501 section 6.4.5), spooled in partial-fetch chunks. */
final class FetchSource {

    private FetchSource() {
    }

    static SpooledContent run(PooledStore connection, String path, long uid) throws MessagingException, IOException {
        Path file = null;
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            IMAPMessage message = MessageLookup.byUid(selected.folder(), path, uid);
            file = Spool.copy(message.getMimeStream());
            return new SpooledContent("message-" + uid + ".eml", "message/rfc822", Files.size(file), file);
        } catch (MessagingException | IOException | RuntimeException e) {
            Spool.delete(file); // also when only the CLOSE failed: the retry fetches a new copy
            throw e;
        }
    }
}
