package org.webmail.account;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.auth.CurrentUser;
import org.webmail.imap.MailAddress;

/** Address suggestions for the compose form's autocomplete script: {@code [{"name":…,"address":…}]}. */
@Path("/contacts/suggest")
public class ContactResource {

    static final int SUGGESTIONS = 8;

    @Inject
    ContactService contacts;

    @Inject
    CurrentUser user;

    /** Only the signed-in user's own contacts (the session filter sends everyone else to the sign-in page). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MailAddress> suggest(@RestQuery String q) {
        return contacts.suggest(user.getLogin(), q, SUGGESTIONS);
    }
}
