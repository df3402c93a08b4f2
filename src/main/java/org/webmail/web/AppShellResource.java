package org.webmail.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What makes the app installable (docs/adr/0014-installable-app-shell.md): the web app manifest, the service worker
 * at the root so its scope is the whole app, and the offline page it shows when the network is gone. All three are
 * the same for everyone and need no sign-in (auth.SessionFilter lets them through); none holds any mail.
 */
@Path("/")
public class AppShellResource {

    static final String MANIFEST_TYPE = "application/manifest+json";
    static final String THEME_COLOUR = "#1f5fbf"; // the envelope's blue (favicon.svg, the icons, app.css --accent)
    /** Built by frontend/build.js into the static resources; served from here for its scope and its headers. */
    private static final String WORKER = "META-INF/resources/static/sw.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offline();
    }

    @Inject
    RequestLocale locale;

    /**
     * The worker script. no-cache: the browser asks again on every check for an update (a new deploy has a new
     * script, hence a new cache); registration itself only happens from HTTPS pages (frontend/src/installable.js).
     */
    @GET
    @Path("sw.js")
    public Response serviceWorker() throws IOException {
        try (InputStream script = Thread.currentThread().getContextClassLoader().getResourceAsStream(WORKER)) {
            if (script == null) { // built with -Dfrontend.skip: no scripts, so no worker either
                return Response.status(Response.Status.NOT_FOUND).build();
            }
            return Response.ok(script.readAllBytes(), "text/javascript; charset=utf-8")
                    .header("Cache-Control", "no-cache")
                    .build();
        }
    }

    @GET
    @Path("manifest.webmanifest")
    public Response manifest() throws JsonProcessingException {
        KeyboardMessages words = MessageBundles.get(KeyboardMessages.class, Localized.Literal.of(locale.getTag()));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "/");
        manifest.put("name", "Webmail");
        manifest.put("short_name", "Webmail");
        manifest.put("description", words.manifest_description());
        manifest.put("lang", locale.getTag());
        manifest.put("start_url", "/mail/INBOX");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("background_color", "#ffffff");
        manifest.put("icons", List.of(
                icon("/static/icons/icon-192.png", "192x192", "image/png", "any"),
                icon("/static/icons/icon-512.png", "512x512", "image/png", "any"),
                icon("/static/icons/maskable-192.png", "192x192", "image/png", "maskable"),
                icon("/static/icons/maskable-512.png", "512x512", "image/png", "maskable"),
                icon("/static/favicon.svg", "any", "image/svg+xml", "any")));
        return Response.ok(JSON.writeValueAsString(manifest), MANIFEST_TYPE + "; charset=utf-8").build();
    }

    /** No mail, no name, no links but "try again": the worker keeps this page and shows it to whoever is offline. */
    @GET
    @Path("offline")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance offline() {
        return Templates.offline();
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }
}
