package org.webmail.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.account.AccountService;
import org.webmail.account.AccountSettings;
import org.webmail.account.ReadingPane;
import org.webmail.auth.CurrentUser;
import org.webmail.imap.FolderInfo;
import org.webmail.imap.FolderNotFoundException;
import org.webmail.imap.MessagePage;
import org.webmail.imap.SpooledContent;
import org.webmail.mailbox.MailboxResource;
import org.webmail.mailbox.MailboxService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Reading a message: /mail/{folder}/{uid}, its HTML body frame, its parts and its source. */
@Path("/")
public class MessageResource {

    // Full paths on each method: a class-level "{folder: .+}/{uid}" would swallow ".../parts/2" as folder and uid.
    private static final String MESSAGE = "mail/{folder: .+}/{uid: [0-9]+}";

    /**
     * The frame may show images (data: and, when asked, remote ones through our own proxy) and inline styles; it
     * never runs anything. 'self' is matched against the frame's URL origin even though the sandbox gives its
     * document an opaque one, so the proxy's links load and no other host's (checked in Chromium by
     * frontend/browser-check/sandboxed-frame-self-images.mjs).
     */
    static final String BODY_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; font-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; img-src data:";
    static final String DOWNLOAD_POLICY = "default-src 'none'; sandbox";

    @CheckedTemplate
    static class Templates {
        /** {@code list} is the folder's list page shown in the reading-pane layout, or null when the pane is off. */
        static native TemplateInstance message(List<FolderInfo> folders, FolderInfo current, MessageView message, AccountSettings settings,
                MessagePage list);

        static native TemplateInstance body(String html);
    }

    @Inject
    MessageService messages;

    @Inject
    MailboxService mailbox;

    @Inject
    MailboxResource mailboxResource;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @GET
    @Path(MESSAGE)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance read(@PathParam("folder") String folder, @PathParam("uid") long uid, @RestQuery String remote,
            @RestQuery Integer page) {
        List<FolderInfo> folders = mailbox.folders(user.credentials());
        String asFolder = folder + "/" + uid;
        int listPage = page == null ? 1 : Math.max(1, page);
        if (mailbox.isFolder(folders, asFolder)) {
            return mailboxResource.render(folders, asFolder, listPage);
        }
        MessageView view = messages.open(user.credentials(), folder, uid, remote != null);
        FolderInfo current = folders.stream().filter(f -> f.path().equals(folder)).findFirst()
                .orElseThrow(() -> new FolderNotFoundException(folder));
        AccountSettings settings = accounts.settings(user.getLogin());
        // Listed after opening, so the open message's row already shows as read. ?page= is the list page the
        // reader came from (the list's links carry it), so the pane shows the rows around the open one.
        MessagePage list = settings.readingPane() == ReadingPane.OFF ? null
                : mailbox.page(user.credentials(), folder, listPage, settings.pageSize());
        return Templates.message(folders, current, view, settings, list);
    }

    @GET
    @Path(MESSAGE + "/body")
    public Response body(@PathParam("folder") String folder, @PathParam("uid") long uid, @RestQuery String remote) {
        BodyFrame frame = messages.htmlBody(user.credentials(), folder, uid, remote != null);
        String policy = BODY_POLICY + (frame.remoteLoads() ? " 'self'" : "");
        return Response.ok(Templates.body(frame.html().html()).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", policy)
                .header("X-Frame-Options", "SAMEORIGIN")
                .build();
    }

    @GET
    @Path(MESSAGE + "/parts/{part: [0-9]+(?:\\.[0-9]+)*}")
    public Response part(@PathParam("folder") String folder, @PathParam("uid") long uid, @PathParam("part") String part) {
        SpooledContent content = messages.part(user.credentials(), folder, uid, part);
        return download(content, content.fileName(), safeType(content.contentType()));
    }

    @GET
    @Path(MESSAGE + "/source")
    public Response source(@PathParam("folder") String folder, @PathParam("uid") long uid, @RestQuery String download) {
        SpooledContent content = messages.source(user.credentials(), folder, uid);
        if (download != null) {
            return download(content, "message-" + uid + ".eml", "message/rfc822");
        }
        return Response.ok(stream(content), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", DOWNLOAD_POLICY)
                .header("Content-Length", content.size())
                .build();
    }

    private static Response download(SpooledContent content, String fileName, String type) {
        return Response.ok(stream(content), type)
                .header("Content-Disposition", contentDisposition(fileName))
                .header("Content-Security-Policy", DOWNLOAD_POLICY)
                .header("Content-Length", content.size())
                .build();
    }

    /** RFC 6266: an ASCII fallback name plus the exact UTF-8 name (RFC 5987 encoding). */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName;
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Keeps a real type for the browser's download UI but never one it would render as a page. */
    static String safeType(String contentType) {
        contentType = contentType == null ? null : contentType.split(";")[0].strip();
        if (contentType == null || !contentType.matches("[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+")) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        String lower = contentType.toLowerCase();
        return lower.contains("html") || lower.contains("xml") || lower.contains("javascript") ? MediaType.APPLICATION_OCTET_STREAM : lower;
    }

    private static StreamingOutput stream(SpooledContent content) {
        return output -> {
            try (content) {
                Files.copy(content.file(), output);
            }
        };
    }
}
