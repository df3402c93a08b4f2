package org.webmail.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webmail.support.EnglishWords;

class AttachmentUploadsTest {

    private static final ComposeMessages ENGLISH = EnglishWords.of(ComposeMessages.class);

    final AttachmentUploads uploads = new AttachmentUploads(1000);
    final ComposeSession session = new ComposeSessions().open("alice@example.test");

    @TempDir
    Path uploadsDir;

    Path uploaded(int size) throws Exception {
        Path file = Files.createTempFile(uploadsDir, "upload", ".tmp");
        Files.write(file, new byte[size]);
        return file;
    }

    @Test
    void anUploadIsMovedIntoTheFormWithItsNameAndType() throws Exception {
        Path file = uploaded(600);
        Attachment a = uploads.add(session, "C:\\Users\\alice\\relatório final.pdf", "application/octet-stream", file);
        assertEquals("relatório final.pdf", a.name());
        assertEquals("application/pdf", a.contentType());
        assertEquals(600, a.size());
        assertFalse(Files.exists(file));
        assertTrue(Files.exists(a.file()));
        assertEquals(1, session.form().attachments.size());
    }

    @Test
    void anEmptyFileIsRefusedWithAClearReason() throws Exception {
        ComposeProblem p = assertThrows(ComposeProblem.class, () -> uploads.add(session, "empty.txt", "text/plain", uploaded(0)));
        assertEquals("“empty.txt” is empty (0 bytes), so it was not attached.", p.problems().get(0).in(ENGLISH));
        assertTrue(session.form().attachments.isEmpty());
    }

    @Test
    void aFileOverTheMessageLimitIsRefusedAndTheOthersStay() throws Exception {
        uploads.add(session, "a.bin", null, uploaded(600));
        ComposeProblem p = assertThrows(ComposeProblem.class, () -> uploads.add(session, "b.bin", null, uploaded(500)));
        assertEquals("“b.bin” (500 bytes) would make the message 1 KB; a message may be at most 1000 bytes. It was not attached.",
                p.problems().get(0).in(ENGLISH));
        assertEquals(1, session.form().attachments.size());
    }

    @Test
    void removingAnAttachmentDeletesItsFile() throws Exception {
        Attachment a = uploads.add(session, "a.txt", "text/plain", uploaded(10));
        uploads.remove(session, 5);
        assertEquals(1, session.form().attachments.size());
        uploads.remove(session, 0);
        assertTrue(session.form().attachments.isEmpty());
        assertFalse(Files.exists(a.file()));
    }
}
