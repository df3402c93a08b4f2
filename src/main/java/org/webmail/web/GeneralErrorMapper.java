package org.webmail.web;

import java.util.UUID;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Unknown pages and unexpected failures: a plain page with an incident id for the log, never a stack trace. */
public class GeneralErrorMapper {

    private static final Logger LOG = Logger.getLogger(GeneralErrorMapper.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return MailErrorMapper.html(404, "Page not found", "There is nothing at this address.", "Go to your inbox.");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return MailErrorMapper.html(405, "Not allowed", "This address does not accept that kind of request.", "Go to your inbox.");
    }

    @ServerExceptionMapper
    public Response webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
            return MailErrorMapper.html(status, "The request could not be handled", "The browser sent something the webmail cannot use.", "Go back and try again.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "incident %s", incident);
        return MailErrorMapper.html(500, "Something went wrong",
                "The webmail hit an unexpected problem (incident " + incident + "). Nothing you wrote or received was lost.",
                "Try again; if it happens again, give the incident number to your administrator.");
    }
}
