package org.webmail.account;

import java.net.URI;
import java.time.ZoneId;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.auth.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reader's preferences: display name, time zone, messages per page. Post, then redirect. */
@Path("/settings")
public class SettingsResource {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(AccountSettings settings, List<String> zones, String error, boolean saved);
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@RestQuery String saved) {
        return Templates.settings(accounts.settings(user.getLogin()), ZONES, null, saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Object save(@RestForm String displayName, @RestForm String zone, @RestForm String pageSize) {
        int size;
        try {
            size = Integer.parseInt(pageSize == null ? "" : pageSize.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        String error = accounts.update(user.getLogin(), displayName, zone, size);
        if (error != null) {
            return Response.status(400).entity(Templates.settings(accounts.settings(user.getLogin()), ZONES, error, false)).build();
        }
        return Response.seeOther(URI.create("/settings?saved=1")).build();
    }
}
