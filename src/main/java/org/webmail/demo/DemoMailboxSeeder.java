package org.webmail.demo;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a GreenMail account with the demo mailbox: folders first, then every message appended in date order
 * (so UIDs grow with time, as on a real server) with its flags and internal date.
 */
public final class DemoMailboxSeeder {

    /** Any constant will do: the same seed builds the same mailbox on every start. */
    static final long SEED = 20_260_301L;

    private final ImapHostManager imap;

    public DemoMailboxSeeder(ImapHostManager imap) {
        this.imap = imap;
    }

    /** Seeds {@code user}'s mailbox with dates relative to {@code now}; returns the message count per folder. */
    public Map<String, Integer> seed(GreenMailUser user, Instant now) {
        DemoContext context = new DemoContext(new Random(SEED),
                now, new DemoPerson(DemoContext.ME.name(), user.getEmail()));
        List<DemoMessage> messages = new ArrayList<>();
        messages.addAll(new EverydayMail(context).messages());
        messages.addAll(new Notifications(context).messages());
        messages.addAll(new Newsletters(context).messages());
        messages.addAll(new AttachmentMail(context).messages());
        messages.addAll(new ReplyThreads(context).messages());
        messages.addAll(new UnusualMail(context).messages());
        messages.addAll(new OutgoingMail(context).messages());
        messages.addAll(new ProjectMail(context).messages());
        messages.sort(Comparator.comparing(DemoMessage::internalDate));

        Map<String, MailFolder> folders = createFolders(user);
        Map<String, Integer> counts = new LinkedHashMap<>();
        DemoFolders.ALL.forEach(folder -> counts.put(folder, 0));
        for (DemoMessage message : messages) {
            folders.get(message.folder()).appendMessage(message.mime(), message.flags(), Date.from(message.internalDate()));
            counts.merge(message.folder(), 1, Integer::sum);
        }
        return counts;
    }

    private Map<String, MailFolder> createFolders(GreenMailUser user) {
        Map<String, MailFolder> folders = new LinkedHashMap<>();
        try {
            for (String path : DemoFolders.ALL) {
                // GreenMail's hierarchy delimiter is '.', so "Projects/2026" is created as "Projects.2026".
                String name = path.replace('/', imap.getHierarchyDelimiter());
                MailFolder folder = imap.getFolder(user, name);
                folders.put(path, folder != null ? folder : imap.createMailbox(user, name));
                imap.subscribe(user, name);
            }
        } catch (FolderException | AuthorizationException e) {
            throw new IllegalStateException("Cannot create the demo folders for " + user.getEmail(), e);
        }
        return folders;
    }
}
