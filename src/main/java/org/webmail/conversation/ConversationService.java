package org.webmail.conversation;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.webmail.account.UserAccount;
import org.webmail.imap.Conversation;
import org.webmail.imap.ConversationMessage;
import org.webmail.imap.ConversationPage;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderRole;
import org.webmail.imap.MailCredentials;
import org.webmail.imap.MailStore;
import org.webmail.message.MessageService;

/** The conversation list of a folder, one conversation with every message, and the reader's choice of list. */
@ApplicationScoped
public class ConversationService {

    /** Messages one conversation page opens (each is a fetch); older ones are listed with a link. */
    static final int MAX_OPENED = 30;

    @Inject
    MailStore mailStore;

    @Inject
    MessageService messages;

    public List<FolderInfo> folders(MailCredentials credentials) {
        return mailStore.folders(credentials);
    }

    public ConversationPage page(MailCredentials credentials, String folder, int page, int pageSize) {
        return mailStore.listConversations(credentials, folder, Math.max(1, page), pageSize);
    }

    /**
     * The conversation holding a message, every message of it read the way the read view reads one (which marks
     * it \Seen, as opening it alone would), with the user's own messages from their Sent folder.
     */
    public ConversationThread open(MailCredentials credentials, List<FolderInfo> folders, String folder, long uid) {
        String sent = folders.stream().filter(f -> f.role() == FolderRole.SENT && f.selectable())
                .map(FolderInfo::path).findFirst().orElse(null);
        Conversation conversation = mailStore.conversation(credentials, folder, uid, sent);
        List<ConversationMessage> all = conversation.messages();
        int notOpened = Math.max(0, all.size() - MAX_OPENED);
        List<ConversationItem> items = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            ConversationMessage message = all.get(i);
            if (i < notOpened) {
                items.add(new ConversationItem(message, null, false));
                continue;
            }
            boolean newest = i == all.size() - 1;
            boolean asked = message.uid() == uid && message.folder().equals(folder);
            items.add(new ConversationItem(message, messages.open(credentials, message.folder(), message.uid(), false),
                    newest || asked || !message.seen()));
        }
        return new ConversationThread(folder, conversation.subject(), items, notOpened);
    }

    /** Whether this reader chose the conversation list. */
    @Transactional
    public boolean conversationsChosen(String login) {
        ConversationViewChoice choice = ConversationViewChoice.findById(login);
        return choice != null && choice.conversations;
    }

    @Transactional
    public void choose(String login, boolean conversations) {
        if (UserAccount.findByLogin(login) == null) {
            return; // not signed in through the account records (cannot happen through the pages)
        }
        ConversationViewChoice choice = ConversationViewChoice.findById(login);
        if (choice == null) {
            choice = new ConversationViewChoice();
            choice.login = login;
            choice.conversations = conversations;
            choice.persist();
        } else {
            choice.conversations = conversations;
        }
    }
}
