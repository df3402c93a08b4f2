package org.webmail.mailbox;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.web.Bundles;
import org.webmail.auth.CurrentUser;
import org.webmail.imap.FolderChangeRefusedException;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderRole;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The folders page: create, rename or move, delete (after a confirmation page), subscribe. Every change is a POST
 * (CSRF-checked by web.CsrfFilter) answered with a 303 to the page and a notice; a refusal shows the page again
 * with the reason and what the user typed.
 */
@Path("/folders")
@Produces(MediaType.TEXT_HTML)
public class FolderResource {

    /** One folder on the page. */
    public record Row(FolderInfo folder, boolean subscribed, String protection) {
    }

    /** What the user typed in the create and rename forms. */
    public record Typed(String createName, String createParent, String renameFolder, String renameName, String renameParent) {
        static Typed empty() {
            return new Typed("", "", "", "", "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance folders(List<FolderInfo> folders, FolderInfo current, List<Row> rows, Typed typed,
                                               String error, String notice);

        static native TemplateInstance confirmDelete(List<FolderInfo> folders, FolderInfo current, FolderInfo folder, String refusal);
    }

    /** The folder pane marks no folder as current on these pages. */
    private static final FolderInfo NONE_CURRENT = new FolderInfo("", "Folders", 0, FolderRole.NONE, 0, 0, false);

    @Inject
    FolderService folders;

    @Inject
    CurrentUser user;

    @Inject
    Bundles bundles;

    @GET
    public TemplateInstance page(@RestQuery String rename, @RestQuery String created, @RestQuery String renamed,
                                 @RestQuery String deleted, @RestQuery String subscribed, @RestQuery String unsubscribed) {
        Typed typed = Typed.empty();
        if (rename != null && !rename.isEmpty()) {
            typed = new Typed("", "", rename, lastLevel(rename), parentOrEmpty(rename));
        }
        return render(typed, null, Notices.of(bundles.of(MailMessages.class), created, renamed, deleted, subscribed, unsubscribed));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String parent) {
        Typed typed = new Typed(orEmpty(name), orEmpty(parent), "", "", "");
        try {
            return done("created", folders.create(user.credentials(), parent, orEmpty(name)));
        } catch (FolderChangeRefusedException e) {
            return refused(typed, e);
        }
    }

    @POST
    @Path("rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@RestForm String folder, @RestForm String name, @RestForm String parent) {
        Typed typed = new Typed("", "", orEmpty(folder), orEmpty(name), orEmpty(parent));
        try {
            return done("renamed", folders.rename(user.credentials(), orEmpty(folder), parent, orEmpty(name)));
        } catch (FolderChangeRefusedException e) {
            return refused(typed, e);
        }
    }

    /** The confirmation page; nothing changes until its form is sent with confirmed=yes. */
    @GET
    @Path("delete")
    public TemplateInstance confirmDelete(@RestQuery String folder) {
        FolderService.Listing listing = folders.listing(user.credentials());
        String path = orEmpty(folder);
        String refusal = null;
        FolderInfo shown;
        try {
            shown = folders.deletable(listing, path);
        } catch (FolderChangeRefusedException e) {
            refusal = FolderRefusalText.of(e, bundles.of(MailMessages.class));
            shown = listing.find(path).orElse(new FolderInfo(path, lastLevel(path), 0, FolderRole.NONE, 0, 0, false));
        }
        return Templates.confirmDelete(listing.folders(), NONE_CURRENT, shown, refusal);
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestForm String folder, @RestForm String confirmed) {
        if (!"yes".equals(confirmed)) {
            return Response.ok(confirmDelete(folder)).build();
        }
        try {
            folders.delete(user.credentials(), orEmpty(folder));
            return done("deleted", folder);
        } catch (FolderChangeRefusedException e) {
            return refused(Typed.empty(), e);
        }
    }

    @POST
    @Path("subscription")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscription(@RestForm String folder, @RestForm String subscribe) {
        boolean on = "yes".equals(subscribe);
        try {
            folders.subscribe(user.credentials(), orEmpty(folder), on);
            return done(on ? "subscribed" : "unsubscribed", folder);
        } catch (FolderChangeRefusedException e) {
            return refused(Typed.empty(), e);
        }
    }

    private TemplateInstance render(Typed typed, String error, String notice) {
        FolderService.Listing listing = folders.listing(user.credentials());
        MailMessages text = bundles.of(MailMessages.class);
        List<Row> rows = listing.folders().stream()
                .map(f -> new Row(f, listing.subscribed().contains(f.path()), FolderRefusalText.protection(f, text)))
                .toList();
        return Templates.folders(listing.folders(), NONE_CURRENT, rows, typed, error, notice);
    }

    private static Response done(String what, String path) {
        return Response.seeOther(UriBuilder.fromPath("/folders").queryParam(what, "{path}").build(path)).build();
    }

    private Response refused(Typed typed, FolderChangeRefusedException e) {
        return Response.status(Response.Status.BAD_REQUEST).entity(render(typed, FolderRefusalText.of(e, bundles.of(MailMessages.class)), null)).build();
    }

    private static String lastLevel(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String parentOrEmpty(String path) {
        String parent = FolderService.parentOf(path);
        return parent == null ? "" : parent;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
