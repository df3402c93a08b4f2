package org.webmail.message;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.webmail.auth.CurrentUser;
import org.webmail.web.Formats;

/**
 * {@code POST /mail/{folder}/{uid}/trust-sender}: "Always show from this sender" under a message whose remote
 * content was held back. Trusts the message's From address, then 303 back to the message, which now shows it.
 */
@Path("/")
public class RemoteContentResource {

    @Inject
    MessageService messages;

    @Inject
    CurrentUser user;

    @POST
    @Path("mail/{folder: .+}/{uid: [0-9]+}/trust-sender")
    public Response trustSender(@PathParam("folder") String folder, @PathParam("uid") long uid) {
        boolean trusted = messages.trustSender(user.credentials(), folder, uid);
        // When the sender could not be trusted (no From, or the list is full) the reader still sees it this once.
        String message = Formats.folderHref(folder) + "/" + uid + (trusted ? "" : "?remote=1");
        return Response.seeOther(URI.create(message)).build();
    }
}
