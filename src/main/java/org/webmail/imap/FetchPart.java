package org.webmail.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.webmail.imap.mime.MimeReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One part, decoded (base64 / quoted-printable removed), spooled to a temporary file. The IMAPMessage fetches just
 * that part (BODY.PEEK[2], RFC 3501 section 6.4.5) in partial-fetch chunks.
 */
final class FetchPart {

    private final MimeReader reader;

    FetchPart(MimeReader reader) {
        this.reader = reader;
    }

    SpooledContent run(PooledStore connection, String path, long uid, String partPath) throws MessagingException, IOException {
        Path file = null;
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            IMAPMessage message = MessageLookup.byUid(selected.folder(), path, uid);
            Part part = reader.locate(message, partPath);
            if (part == null) {
                throw new MessageNotFoundException("Message " + uid + " has no part " + partPath + ".");
            }
            file = Spool.copy(reader.openContent(part)); // keeps what decodes of a cut-off part
            return new SpooledContent(PartNames.fileName(part, "part-" + partPath), PartNames.contentType(part), Files.size(file), file);
        } catch (MessagingException | IOException | RuntimeException e) {
            Spool.delete(file); // also when only the CLOSE failed: the retry fetches a new copy
            throw e;
        }
    }
}
