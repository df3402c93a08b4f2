package org.webmail.account;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.webmail.audit.AuditLog;
import org.webmail.auth.CurrentUser;
import org.webmail.web.RequestLocale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The reader's preferences in four sections (language and region, reading, privacy, sending) and the list of
 * trusted senders. Every change is post, validate, save, 303 back with a notice; a refused form comes back as typed.
 */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsView view, List<RecentSignIn> signIns, ZoneId zone);
    }

    @Inject
    AccountService accounts;

    @Inject
    IdentityService identities;

    @Inject
    TrustedSenders trusted;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    private static final int RECENT_SIGN_INS = 10;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance form(@RestQuery String saved) {
        String notice = "1".equals(saved) ? "settings" : "trusted".equals(saved) ? "trusted" : null;
        return page(stored(), "", List.of(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String displayName, @RestForm String language, @RestForm String zone,
                         @RestForm String pageSize, @RestForm String theme, @RestForm String readingPane,
                         @RestForm String remoteContent, @RestForm String defaultIdentity) {
        SettingsForm form = new SettingsForm(displayName, language, zone, pageSize, theme, readingPane, remoteContent,
                defaultIdentity).orElse(stored());
        List<SettingsProblem> problems = accounts.update(user.getLogin(), form);
        if (!problems.isEmpty()) {
            return Response.status(400).entity(page(form, "", problems, null)).build();
        }
        return Response.seeOther(URI.create("/settings?saved=1")).build();
    }

    @POST
    @Path("trusted-senders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response trust(@RestForm String address) {
        Optional<TrustedSenders.Refusal> refusal = trusted.add(user.getLogin(), address);
        if (refusal.isPresent()) {
            SettingsMessages words = words();
            String problem = refusal.get() == TrustedSenders.Refusal.TOO_MANY ? words.problemTooManySenders(TrustedSenders.MAX)
                    : words.problemSenderAddress(address == null ? "" : address.strip());
            return Response.status(400).entity(page(stored(), address, null, List.of(problem), Set.of("address"))).build();
        }
        return Response.seeOther(URI.create("/settings?saved=trusted#trusted-senders")).build();
    }

    @POST
    @Path("trusted-senders/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response distrust(@RestForm String address) {
        trusted.remove(user.getLogin(), address);
        return Response.seeOther(URI.create("/settings?saved=trusted#trusted-senders")).build();
    }

    private SettingsForm stored() {
        return SettingsForm.of(accounts.settings(user.getLogin()), identities.of(user.getLogin()));
    }

    private TemplateInstance page(SettingsForm form, String newSender, List<SettingsProblem> problems, String saved) {
        SettingsMessages words = words();
        return page(form, newSender, saved, problems.stream().map(p -> p.words(words)).toList(),
                problems.stream().map(SettingsProblem::field).collect(Collectors.toSet()));
    }

    private TemplateInstance page(SettingsForm form, String newSender, String saved, List<String> sentences,
                                  Set<String> invalid) {
        String login = user.getLogin();
        return Templates.settings(new SettingsView(form, zonesWith(form.zone()), identities.of(login), trusted.of(login),
                newSender == null ? "" : newSender, sentences, invalid, saved), recentSignIns(login), accounts.settings(login).zone());
    }

    /** The last sign-ins, so one the user does not recognise stands out. */
    private List<RecentSignIn> recentSignIns(String login) {
        return audit.recentSignIns(login, RECENT_SIGN_INS).stream()
                .map(s -> new RecentSignIn(s.at(), s.method(), s.clientAddress())).toList();
    }

    /**
     * The zones offered, with the reader's own first when the list lacks it (UTC, or an alias a browser reported at
     * sign-in): otherwise the select would show the first zone and a save would silently move the reader there.
     */
    static List<String> zonesWith(String current) {
        if (current == null || ZONES.contains(current) || AccountService.validZone(current).isEmpty()) {
            return ZONES;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(current), ZONES.stream()).toList();
    }

    private SettingsMessages words() {
        return MessageBundles.get(SettingsMessages.class, Localized.Literal.of(locale.getTag()));
    }
}
