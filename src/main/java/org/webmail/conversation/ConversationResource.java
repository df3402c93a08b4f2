package org.webmail.conversation;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.webmail.account.AccountService;
import org.webmail.account.AccountSettings;
import org.webmail.auth.CurrentUser;
import org.webmail.imap.ConversationPage;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderRole;
import org.webmail.web.Formats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Conversations: a folder's list of them (shown at /mail/{folder} when the reader chose it, or with
 * ?view=conversations), one conversation at /conversation/{folder}/{uid}, and the toggle that remembers the choice.
 */
@Path("/")
public class ConversationResource {

    static final String CONVERSATIONS = "conversations";
    static final String MESSAGES = "messages";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<FolderInfo> folders, FolderInfo current, ConversationPage page, AccountSettings settings);

        static native TemplateInstance conversation(List<FolderInfo> folders, FolderInfo current, ConversationThread conversation,
                                                    AccountSettings settings);
    }

    @Inject
    ConversationService conversations;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    /** Whether a folder page shows conversations: asked for in the address, else the reader's remembered choice. */
    public boolean wanted(String view) {
        if (CONVERSATIONS.equals(view) || MESSAGES.equals(view)) {
            return CONVERSATIONS.equals(view);
        }
        return conversations.conversationsChosen(user.getLogin());
    }

    /** The conversation list of a folder (the folder page calls this when {@link #wanted}). */
    public TemplateInstance list(List<FolderInfo> folders, String folder, int page) {
        AccountSettings settings = accounts.settings(user.getLogin());
        ConversationPage conversationPage = conversations.page(user.credentials(), folder, page, settings.pageSize());
        return Templates.list(folders, current(folders, folder), conversationPage, settings);
    }

    @GET
    @Path("conversation/{folder: .+}/{uid: [0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance conversation(@PathParam("folder") String folder, @PathParam("uid") long uid) {
        List<FolderInfo> folders = conversations.folders(user.credentials());
        FolderInfo current = current(folders, folder);
        ConversationThread thread = conversations.open(user.credentials(), folders, folder, uid);
        return Templates.conversation(folders, current, thread, accounts.settings(user.getLogin()));
    }

    /** The toggle: remembers the choice, then back to the folder (post, redirect, get). */
    @POST
    @Path("conversation/view")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String folder, @RestForm String view) {
        conversations.choose(user.getLogin(), CONVERSATIONS.equals(view));
        String back = folder == null || folder.isBlank() ? "INBOX" : folder;
        return Response.seeOther(URI.create(Formats.folderHref(back))).build();
    }

    private static FolderInfo current(List<FolderInfo> folders, String folder) {
        // A folder missing from the tree (not subscribed) still opens, as on the folder page; IMAP says if it is not there.
        return folders.stream().filter(f -> f.path().equals(folder)).findFirst()
                .orElse(new FolderInfo(folder, folder.substring(folder.lastIndexOf('/') + 1), 0, FolderRole.NONE, 0, 0, true));
    }
}
