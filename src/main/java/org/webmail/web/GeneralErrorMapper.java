package org.webmail.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Unknown pages and unexpected failures: a plain page with an incident id for the log, never a stack trace. */
public class GeneralErrorMapper {

    private static final Logger LOG = Logger.getLogger(GeneralErrorMapper.class);

    @Inject
    Bundles bundles;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        AppMessages text = bundles.of(AppMessages.class);
        return MailErrorMapper.html(404, text.error_not_found_title(), text.error_not_found_message(), text.error_go_to_inbox_hint());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        AppMessages text = bundles.of(AppMessages.class);
        return MailErrorMapper.html(405, text.error_not_allowed_title(), text.error_not_allowed_message(), text.error_go_to_inbox_hint());
    }

    @ServerExceptionMapper
    public Response webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
            AppMessages text = bundles.of(AppMessages.class);
            return MailErrorMapper.html(status, text.error_bad_request_title(), text.error_bad_request_message(), text.error_bad_request_hint());
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "incident %s", incident);
        AppMessages text = bundles.of(AppMessages.class);
        return MailErrorMapper.html(500, text.error_unexpected_title(), text.error_unexpected_message(incident), text.error_unexpected_hint());
    }
}
