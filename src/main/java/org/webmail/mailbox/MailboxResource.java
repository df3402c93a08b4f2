package org.webmail.mailbox;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.account.AccountService;
import org.webmail.account.AccountSettings;
import org.webmail.auth.CurrentUser;
import org.webmail.conversation.ConversationResource;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.MessagePage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The inbox at / and any folder at /mail/{folder}?page=N (as conversations when the reader chose them). */
@Path("/")
public class MailboxResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance folder(List<FolderInfo> folders, FolderInfo current, MessagePage page, AccountSettings settings);
    }

    @Inject
    MailboxService mailbox;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @Inject
    ConversationResource conversations;

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/mail/INBOX")).build();
    }

    @GET
    @Path("mail/{folder: .+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance folder(@PathParam("folder") String folder, @RestQuery Integer page, @RestQuery String view) {
        return render(mailbox.folders(user.credentials()), folder, page == null ? 1 : page, view);
    }

    /** Also used for a nested folder whose last level is a number and so looks like a message URL. */
    public TemplateInstance render(List<FolderInfo> folders, String folder, int page) {
        return render(folders, folder, page, null);
    }

    private TemplateInstance render(List<FolderInfo> folders, String folder, int page, String view) {
        if (conversations.wanted(view)) { // ?view=conversations, or the reader's remembered choice
            return conversations.list(folders, folder, page);
        }
        AccountSettings settings = accounts.settings(user.getLogin());
        MessagePage messages = mailbox.page(user.credentials(), folder, page, settings.pageSize());
        FolderInfo current = folders.stream().filter(f -> f.path().equals(messages.folder())).findFirst()
                .orElse(new FolderInfo(messages.folder(), messages.folder(), 0, org.webmail.imap.FolderRole.NONE, 0, messages.totalMessages(), true));
        return Templates.folder(folders, current, messages, settings);
    }
}
