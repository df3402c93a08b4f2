package org.webmail.imap;

import java.util.Set;

import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

/** The small write operations on one message by UID: add flags, remove it. */
final class ChangeMessage {

    private ChangeMessage() {
    }

    /** UID STORE +FLAGS (RFC 3501 6.4.6). */
    static Void addFlags(PooledStore connection, String path, long uid, Set<MessageFlag> flags) throws MessagingException {
        try (SelectedFolder selected = SelectedFolder.readWrite(connection, path)) {
            IMAPMessage message = MessageLookup.byUid(selected.folder(), path, uid);
            message.setFlags(ImapFlags.of(flags), true);
        }
        return null;
    }

    /**
     * \Deleted, then UID EXPUNGE of that UID only (RFC 4315 2.1). Without UIDPLUS a plain EXPUNGE would also
     * remove other messages someone marked \Deleted, so the message is only marked and the server's next
     * expunge removes it.
     */
    static Void remove(PooledStore connection, String path, long uid) throws MessagingException {
        try (SelectedFolder selected = SelectedFolder.readWrite(connection, path)) {
            IMAPFolder folder = selected.folder();
            IMAPMessage message = MessageLookup.byUid(folder, path, uid);
            message.setFlag(Flags.Flag.DELETED, true);
            if (connection.store().hasCapability("UIDPLUS")) {
                folder.expunge(new Message[] {message});
            }
        }
        return null;
    }

    /** Message-ID, In-Reply-To and References (RFC 5322 3.6.4), from the header fields alone. */
    static MessageHeaders threading(PooledStore connection, String path, long uid) throws MessagingException {
        try (SelectedFolder selected = SelectedFolder.readOnly(connection, path)) {
            IMAPMessage message = MessageLookup.byUid(selected.folder(), path, uid);
            String messageId = first(message.getHeader("Message-ID"));
            String references = first(message.getHeader("References"));
            if (references == null) {
                references = first(message.getHeader("In-Reply-To"));
            }
            java.util.List<String> ids = new java.util.ArrayList<>();
            if (references != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<[^<>\\s]+>").matcher(references);
                while (m.find()) {
                    ids.add(m.group());
                }
            }
            return new MessageHeaders(messageId == null ? null : messageId.strip(), ids);
        }
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
