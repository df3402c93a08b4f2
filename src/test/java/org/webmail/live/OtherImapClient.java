package org.webmail.live;

import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.SubjectTerm;

/** Another mail client of the same user (a phone's mail app, say) changing the mailbox behind the webmail's back. */
final class OtherImapClient implements AutoCloseable {

    private final Store store;

    private OtherImapClient(Store store) {
        this.store = store;
    }

    static OtherImapClient signIn(Session session, String protocol, String host, int port, String user, String password) throws MessagingException {
        Store store = session.getStore(protocol);
        store.connect(host, port, user, password);
        return new OtherImapClient(store);
    }

    static OtherImapClient plain(int port, String user, String password) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        return signIn(Session.getInstance(props), "imap", "127.0.0.1", port, user, password);
    }

    long uidOf(String folder, String subject) throws MessagingException {
        try (Folder f = open(folder, Folder.READ_ONLY)) {
            Message[] found = f.search(new SubjectTerm(subject));
            if (found.length == 0) {
                throw new AssertionError("no message '" + subject + "' in " + folder);
            }
            return ((UIDFolder) f).getUID(found[found.length - 1]);
        }
    }

    void flag(String folder, long uid, Flags.Flag flag, boolean set) throws MessagingException {
        try (Folder f = open(folder, Folder.READ_WRITE)) {
            ((UIDFolder) f).getMessageByUID(uid).setFlag(flag, set);
        }
    }

    /** Moves the message the old way (COPY, \Deleted, EXPUNGE): what a client does on a server without MOVE. */
    void move(String folder, long uid, String to) throws MessagingException {
        Folder f = open(folder, Folder.READ_WRITE);
        Message message = ((UIDFolder) f).getMessageByUID(uid);
        f.copyMessages(new Message[] {message}, store.getFolder(to));
        message.setFlag(Flags.Flag.DELETED, true);
        f.close(true);
    }

    private Folder open(String name, int mode) throws MessagingException {
        Folder folder = store.getFolder(name);
        folder.open(mode);
        return folder;
    }

    @Override
    public void close() throws MessagingException {
        store.close();
    }
}
