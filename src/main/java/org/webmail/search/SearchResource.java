package org.webmail.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.account.AccountService;
import org.webmail.account.AccountSettings;
import org.webmail.auth.CurrentUser;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderRole;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** GET /search?q=...&folder=...&scope=all&page=N: a GET that only reads, so results can be bookmarked and paged. */
@Path("/search")
public class SearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(List<FolderInfo> folders, FolderInfo current, SearchView view, AccountSettings settings);
    }

    @Inject
    SearchService search;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response results(@RestQuery String q, @RestQuery String folder, @RestQuery String scope, @RestQuery Integer page) {
        AccountSettings settings = accounts.settings(user.getLogin());
        String start = folder == null || folder.isBlank() ? "INBOX" : folder;
        SearchView view = search.search(user.credentials(), q, start, "all".equals(scope), page == null ? 1 : page, settings.pageSize());
        List<FolderInfo> folders = search.folders(user.credentials());
        FolderInfo current = folders.stream().filter(f -> f.path().equals(start)).findFirst()
                .orElse(new FolderInfo(start, start, 0, FolderRole.NONE, 0, 0, true));
        return Response.status(view.badQuery() ? 400 : 200)
                .entity(Templates.results(folders, current, view, settings)).build();
    }
}
