package org.webmail.compose;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.webmail.account.Identities;
import org.webmail.imap.FolderRole;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.imap.MailStoreException;
import org.webmail.imap.MessageFlag;
import org.webmail.imap.MessageNotFoundException;
import org.webmail.imap.SpooledContent;

/**
 * Drafts live in the account's Drafts folder (RFC 6154 \Drafts), so every device sees the same ones. A newer
 * version is APPENDed first and only then is the older one removed: a failure in between leaves two copies,
 * never none.
 */
@ApplicationScoped
public class Drafts {

    private final MailStore store;
    private final MessageAssembler assembler;
    private final Identities identities;

    @Inject
    public Drafts(MailStore store, MessageAssembler assembler, Identities identities) {
        this.store = store;
        this.assembler = assembler;
        this.identities = identities;
    }

    /** Saves the form as the newest draft and returns where it is (null uid when the server gives none). */
    public DraftRef save(MailCredentials credentials, String login, ComposeSession session) {
        ComposeForm form = session.form();
        String folder = store.folderWithRole(credentials, FolderRole.DRAFTS)
                .orElseThrow(() -> new ComposeProblem(ComposeMessages::noDraftsFolder));
        ComposedMessage message = FormCheck.forDraft(identities, login, form);
        try (AssembledMessage draft = assembler.asDraft(message, form.original == null ? null : form.original.marker(),
                java.util.Map.of("To", form.to, "Cc", form.cc, "Bcc", form.bcc))) {
            long uid = append(credentials, folder, draft);
            DraftRef previous = form.draft;
            // Without UIDPLUS (RFC 4315) the new UID is unknown; the next save then cannot replace this one.
            form.draft = uid > 0 ? new DraftRef(folder, uid) : null;
            if (previous != null) {
                removeQuietlyIfGone(credentials, previous);
            }
            return form.draft;
        }
    }

    /** Fills the session's form from a saved draft: fields, body and attachments. */
    public void resume(MailCredentials credentials, String login, String folder, long uid, ComposeSession session) {
        try (SpooledContent source = store.source(credentials, folder, uid)) {
            DraftReader.read(source.file(), identities.of(login), session);
        }
        session.form().draft = new DraftRef(folder, uid);
    }

    private long append(MailCredentials credentials, String folder, AssembledMessage draft) {
        try {
            return store.append(credentials, folder, draft.file(), Set.of(MessageFlag.DRAFT, MessageFlag.SEEN));
        } catch (MailStoreException e) {
            String reason = e.getMessage();
            throw new ComposeProblem(w -> w.draftNotTaken(reason));
        }
    }

    private void removeQuietlyIfGone(MailCredentials credentials, DraftRef previous) {
        try {
            store.remove(credentials, previous.folder(), previous.uid());
        } catch (MessageNotFoundException e) {
            // Another device already replaced or sent it: what we wanted is true anyway.
        }
    }
}
