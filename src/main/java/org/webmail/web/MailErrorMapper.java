package org.webmail.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.webmail.imap.FolderNotFoundException;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MessageNotFoundException;
import org.webmail.imap.PoolTimeoutException;

/** Turns what the mail layer throws into pages a person understands, in the reader's language. */
public class MailErrorMapper {

    private static final Logger LOG = Logger.getLogger(MailErrorMapper.class);

    @Inject
    Bundles bundles;

    @ServerExceptionMapper
    public Response serverDown(MailServerUnavailableException e) {
        LOG.warnf("mail server unavailable: %s", e.getMessage());
        AppMessages text = bundles.of(AppMessages.class);
        return html(503, text.error_server_down_title(), text.error_server_down_message(), text.error_server_down_hint());
    }

    @ServerExceptionMapper
    public Response busy(PoolTimeoutException e) {
        AppMessages text = bundles.of(AppMessages.class);
        return html(503, text.error_busy_title(), text.error_busy_message(), text.error_busy_hint());
    }

    @ServerExceptionMapper
    public Response noFolder(FolderNotFoundException e) {
        AppMessages text = bundles.of(AppMessages.class);
        return html(404, text.error_no_folder_title(), text.error_no_folder_message(), text.error_no_folder_hint());
    }

    @ServerExceptionMapper
    public Response noMessage(MessageNotFoundException e) {
        AppMessages text = bundles.of(AppMessages.class);
        return html(404, text.error_no_message_title(), text.error_no_message_message(), text.error_no_message_hint());
    }

    static Response html(int status, String title, String message, String hint) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.page(status, title, message, hint).render()).build();
    }
}
