package org.webmail.message;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.webmail.mailbox.MailMessages;
import org.webmail.web.Bundles;
import org.webmail.auth.CurrentUser;
import org.webmail.mailbox.MailboxResource;
import org.webmail.mailbox.MailboxService;
import org.webmail.web.CsrfToken;
import org.webmail.web.Formats;
import org.webmail.web.Notices;
import org.webmail.web.ReturnPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /mail/{folder}/actions}: read/unread, flag, move, copy, delete, archive, junk on the checked messages
 * (uid repeated). Post, act, keep a notice, 303 back to where the person was; the script layer (X-Requested-With:
 * fetch or Accept: application/json) gets the outcome as JSON instead. A permanent delete first asks.
 */
@Path("/")
public class MessageActionsResource {

    private static final String ACTIONS = "mail/{folder: .+}/actions";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String folder, List<Long> uids, String question, String back, String action);
    }

    /** What the script layer reads. */
    public record Answer(int done, String action, List<Long> uids, List<Long> missing, String notice, boolean problem,
                         boolean confirm, boolean removed) {
    }

    @Inject
    MessageActions actions;

    @Inject
    MailboxService mailbox;

    @Inject
    MailboxResource mailboxResource;

    @Inject
    Notices notices;

    @Inject
    CurrentUser user;

    @Inject
    Bundles bundles;

    @Inject
    RoutingContext routing;

    @POST
    @Path(ACTIONS)
    public Response act(@PathParam("folder") String folder, @RestForm("uid") List<String> uid, @RestForm String action,
                        @RestForm String target, @RestForm String confirm, @RestForm String back,
                        @HeaderParam("X-Requested-With") String requestedWith, @HeaderParam("Accept") String accept) {
        MessageAction chosen = MessageAction.fromForm(action).orElse(null);
        boolean script = "fetch".equalsIgnoreCase(requestedWith) || (accept != null && accept.contains(MediaType.APPLICATION_JSON));
        List<Long> uids = uids(uid);
        if (chosen == null) {
            return unknownAction(script, folder, back);
        }
        ActionOutcome outcome = actions.perform(user.credentials(), folder, uids, chosen, target, confirm != null && !confirm.isBlank());
        if (script) {
            return Response.status(outcome.problem() ? 409 : 200).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(answer(outcome)).build();
        }
        if (outcome.needsConfirmation()) {
            String returnTo = ReturnPath.local(back).orElse(Formats.folderHref(folder)); // Cancel goes back, even to the read page
            return Response.ok(Templates.confirm(folder, uids, outcome.notice(), returnTo, chosen.formValue()).render(),
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return redirect(returnPath(folder, back, uids, outcome), outcome.notice(), outcome.problem());
    }

    /** A GET never acts: a folder that happens to be named "actions" opens, anything else goes back to the folder. */
    @GET
    @Path(ACTIONS)
    public Object show(@PathParam("folder") String folder) {
        String asFolder = folder + "/actions";
        var folders = mailbox.folders(user.credentials());
        if (mailbox.isFolder(folders, asFolder)) {
            return mailboxResource.render(folders, asFolder, 1);
        }
        return Response.seeOther(URI.create(Formats.folderHref(folder))).build();
    }

    private Response unknownAction(boolean script, String folder, String back) {
        String text = bundles.of(MailMessages.class).choose_action();
        if (script) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Answer(0, null, List.of(), List.of(), text, true, false, false)).build();
        }
        return redirect(ReturnPath.local(back).orElse(Formats.folderHref(folder)), text, true);
    }

    private Response redirect(String path, String text, boolean problem) {
        Cookie csrf = routing.request().getCookie(CsrfToken.COOKIE); // present: CsrfFilter let this post through
        String id = notices.keep(csrf.getValue(), text, problem);
        return Response.seeOther(URI.create(Notices.withNotice(path, id))).build();
    }

    /**
     * Back where the person was; but a read page of a message that just left the folder (or was marked unread,
     * which opening it again would undo) gives way to the folder list.
     */
    static String returnPath(String folder, String back, List<Long> uids, ActionOutcome outcome) {
        String folderPage = Formats.folderHref(folder);
        String path = ReturnPath.local(back).orElse(folderPage);
        boolean leavesReadPage = outcome.action() != null && !outcome.problem()
                && (outcome.action().takesAway() || outcome.action() == MessageAction.UNREAD);
        String pathOnly = path.split("\\?", 2)[0];
        if (leavesReadPage && uids.stream().anyMatch(uid -> pathOnly.equals(folderPage + "/" + uid))) {
            return folderPage;
        }
        return path;
    }

    private static Answer answer(ActionOutcome outcome) {
        return new Answer(outcome.done().size(), outcome.action().formValue(), outcome.done(), outcome.missing(), outcome.notice(),
                outcome.problem(), outcome.needsConfirmation(), outcome.removed());
    }

    /** Only decimal UIDs (RFC 3501 nz-number); anything else in the form is ignored. */
    private static List<Long> uids(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && v.matches("[1-9][0-9]{0,9}")).map(Long::parseLong)
                .filter(v -> v <= 0xffffffffL).distinct().toList();
    }
}
