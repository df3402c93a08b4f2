package org.webmail.account;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.auth.CurrentUser;
import org.webmail.web.RequestLocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The settings page for From identities and their signatures. Every change is post, then redirect. */
@Path("/settings/identities")
@Produces(MediaType.TEXT_HTML)
public class IdentityResource {

    /** One identity on the page, as stored or, after a refused change, as the user typed it. */
    public record Row(IdentityForm form, boolean isDefault) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance identities(List<Row> rows, IdentityForm added, String error, String notice);
    }

    @Inject
    IdentityService identities;

    @Inject
    CurrentUser user;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@RestQuery String done) {
        return page(null, null, done == null ? null : AccountMessages::identitiesSaved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String name, @RestForm String address, @RestForm String replyTo,
                        @RestForm String signatureText, @RestForm String signatureHtml) {
        IdentityForm form = new IdentityForm(0, name, address, replyTo, signatureText, signatureHtml);
        return outcome(identities.add(user.getLogin(), form), form);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm String name, @RestForm String address,
                           @RestForm String replyTo, @RestForm String signatureText, @RestForm String signatureHtml) {
        IdentityForm form = new IdentityForm(id, name, address, replyTo, signatureText, signatureHtml);
        return outcome(identities.update(user.getLogin(), id, form), form);
    }

    @POST
    @Path("{id}/default")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response makeDefault(@PathParam("id") long id) {
        return outcome(identities.makeDefault(user.getLogin(), id), null);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        return outcome(identities.delete(user.getLogin(), id), null);
    }

    private Response outcome(AccountText problem, IdentityForm typed) {
        if (problem == null) {
            return Response.seeOther(URI.create("/settings/identities?done=1")).build();
        }
        // Another user's id is answered like a missing one, so ids reveal nothing about other accounts.
        int status = problem == IdentityService.NOT_YOURS ? 404 : 400;
        return Response.status(status).entity(page(typed, problem, null)).build();
    }

    private TemplateInstance page(IdentityForm typed, AccountText error, AccountText notice) {
        AccountMessages words = AccountText.words(locale.get());
        List<Row> rows = identities.of(user.getLogin()).stream()
                .map(i -> new Row(typed != null && typed.id() == i.id() ? typed : IdentityForm.of(i), i.isDefault()))
                .toList();
        IdentityForm added = typed != null && typed.id() == 0 ? typed : IdentityForm.empty();
        return Templates.identities(rows, added, error == null ? null : error.in(words), notice == null ? null : notice.in(words));
    }
}
