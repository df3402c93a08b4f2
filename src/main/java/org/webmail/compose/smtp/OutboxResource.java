package org.webmail.compose.smtp;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.webmail.account.AccountService;
import org.webmail.account.AccountSettings;
import org.webmail.auth.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The delivery log at /outbox and one message's delivery status at /outbox/{id} (the signed-in user's own only). */
@Path("/outbox")
public class OutboxResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(List<OutboxEntry> entries, AccountSettings settings);

        static native TemplateInstance status(OutboxEntry entry, AccountSettings settings);
    }

    @Inject
    Outbox outbox;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance log() {
        return Templates.log(outbox.entries(user.getLogin()), accounts.settings(user.getLogin()));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance status(@PathParam("id") long id) {
        OutboxEntry entry = outbox.entry(user.getLogin(), id);
        if (entry == null) {
            throw new NotFoundException(); // someone else's message looks exactly like no message
        }
        return Templates.status(entry, accounts.settings(user.getLogin()));
    }
}
