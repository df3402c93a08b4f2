package org.webmail.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.webmail.imap.FolderNotFoundException;
import org.webmail.imap.MailServerUnavailableException;
import org.webmail.imap.MessageNotFoundException;
import org.webmail.imap.PoolTimeoutException;

/** Turns what the mail layer throws into pages a person understands. */
public class MailErrorMapper {

    private static final Logger LOG = Logger.getLogger(MailErrorMapper.class);

    @ServerExceptionMapper
    public Response serverDown(MailServerUnavailableException e) {
        LOG.warnf("mail server unavailable: %s", e.getMessage());
        return html(503, "Your mail server cannot be reached",
                "The webmail is working, but the mail server that holds your messages did not answer.",
                "Nothing was lost. Try again in a minute; if it lasts, tell your mail administrator.");
    }

    @ServerExceptionMapper
    public Response busy(PoolTimeoutException e) {
        return html(503, "Your mailbox is busy",
                "Other requests of yours are still waiting for the mail server.",
                "Wait a moment and reload the page.");
    }

    @ServerExceptionMapper
    public Response noFolder(FolderNotFoundException e) {
        return html(404, "No such folder", "This folder does not exist (any more).", "Pick a folder from the list.");
    }

    @ServerExceptionMapper
    public Response noMessage(MessageNotFoundException e) {
        return html(404, "Message not found",
                "This message is not in this folder: it may have been moved or deleted, on this or another device.",
                "Go back to the folder.");
    }

    static Response html(int status, String title, String message, String hint) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.page(status, title, message, hint).render()).build();
    }
}
