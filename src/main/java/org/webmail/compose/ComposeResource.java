package org.webmail.compose;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.webmail.account.AccountService;
import org.webmail.account.Identities;
import org.webmail.auth.CurrentUser;
import org.webmail.web.RequestLocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The compose page: GET opens a form (blank, prefilled, reply, forward, draft); POST acts on it
 * (send, save, attach, remove-attachment:{n}). Any problem shows the same form again, with everything typed and
 * attached, and status 400.
 */
@Path("/compose")
public class ComposeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compose(ComposeView view);
    }

    @Inject
    ComposeOpener opener;
    @Inject
    ComposeSessions sessions;
    @Inject
    AttachmentUploads uploads;
    @Inject
    Drafts drafts;
    @Inject
    ComposeSender sender;
    @Inject
    Identities identities;
    @Inject
    AccountService accounts;
    @Inject
    CurrentUser user;

    @Inject
    OutboxResume outboxResume;

    @Inject
    RequestLocale locale;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response open(@RestQuery String to, @RestQuery String cc, @RestQuery String subject, @RestQuery String body,
                         @RestQuery String mailto, @RestQuery String reply, @RestQuery String replyAll, @RestQuery String forward,
                         @RestQuery String forwardAsAttachment, @RestQuery String draft, @RestQuery Long fromOutbox) {
        String login = user.getLogin();
        var zone = accounts.settings(login).zone();
        ComposeSession session;
        if (reply != null || replyAll != null) {
            MessageRef ref = MessageRef.parse(reply != null ? reply : replyAll);
            session = opener.reply(user.credentials(), login, ref.folder(), ref.uid(), replyAll != null, zone, words());
        } else if (forward != null || forwardAsAttachment != null) {
            MessageRef ref = MessageRef.parse(forward != null ? forward : forwardAsAttachment);
            session = opener.forward(user.credentials(), login, ref.folder(), ref.uid(), forwardAsAttachment != null, zone, words());
        } else if (draft != null) {
            MessageRef ref = MessageRef.parse(draft);
            session = opener.draft(user.credentials(), login, ref.folder(), ref.uid());
        } else if (fromOutbox != null) {
            session = outboxResume.open(login, fromOutbox);
        } else {
            Mailto prefill = mailto != null ? Mailto.parse(mailto)
                    : new Mailto(orEmpty(to), orEmpty(cc), "", HeaderText.singleLine(subject), orEmpty(body));
            session = opener.blank(login, prefill);
        }
        return page(200, session, List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response act(@RestForm String action, @RestForm String compose, @RestForm Long identity, @RestForm String to,
                        @RestForm String cc, @RestForm String bcc, @RestForm String subject, @RestForm String body,
                        @RestForm String bodyHtml, @RestForm("attachment") List<FileUpload> files,
                        @RestHeader("X-Autosave") String autosave) {
        String login = user.getLogin();
        ComposeSession session = sessions.find(login, compose).orElse(null);
        boolean lost = session == null;
        if (lost) {
            session = opener.blank(login, new Mailto("", "", "", "", "")); // expired or from before a restart
            session.form().body = "";
        }
        session.form().update(identity, to, cc, bcc, subject, body, bodyHtml);
        if (lost) {
            return page(400, session, List.of(ComposeMessages::formExpired), null);
        }
        try {
            return perform(action == null ? "" : action, session, files == null ? List.of() : files, autosave != null);
        } catch (ComposeProblem e) {
            return page(400, session, e.problems(), null);
        }
    }

    private Response perform(String action, ComposeSession session, List<FileUpload> files, boolean autosave) {
        String login = user.getLogin();
        if (!autosave) {
            attach(session, files); // a file chosen before pressing Send or Save goes with it (autosave would repeat it)
        }
        if (action.equals("send")) {
            long id = sender.send(login, session);
            return Response.seeOther(URI.create("/outbox/" + id)).build();
        }
        if (action.equals("save") || autosave) {
            DraftRef saved = drafts.save(user.credentials(), login, session);
            if (autosave) {
                return Response.ok("{\"draftUid\":" + (saved == null ? "null" : saved.uid()) + "}", MediaType.APPLICATION_JSON).build();
            }
            return page(200, session, List.of(), ComposeMessages::draftSaved);
        }
        if (action.startsWith("remove-attachment:")) {
            uploads.remove(session, parseIndex(action.substring("remove-attachment:".length())));
        }
        return page(200, session, List.of(), null);
    }

    private void attach(ComposeSession session, List<FileUpload> files) {
        for (FileUpload file : files) {
            if (file.fileName() != null && !file.fileName().isBlank()) {
                uploads.add(session, file.fileName(), file.contentType(), file.uploadedFile());
            }
        }
    }

    /** The compose bundle in this request's language. */
    private ComposeMessages words() {
        return ComposeText.words(locale.get());
    }

    private Response page(int status, ComposeSession session, List<ComposeText> problems, ComposeText notice) {
        ComposeMessages words = words();
        var view = new ComposeView(session.id(), session.form(), identities.of(user.getLogin()),
                problems.stream().map(p -> p.in(words)).toList(), notice == null ? null : notice.in(words),
                AttachmentUploads.human(uploads.maxMessageSize(), words), uploads.maxMessageSize(),
                java.util.Locale.forLanguageTag(words.languageTag()));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.compose(view).render()).build();
    }

    private static int parseIndex(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
