package org.webmail.live;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.webmail.auth.CurrentUser;
import org.webmail.web.RequestLocale;

import io.smallrye.mutiny.Multi;

/**
 * {@code GET /events?folder=INBOX}: the folder's changes as server-sent events, for the list and read pages' script
 * (without it those pages show the same state on a reload). Signed-in only, like every page (auth.SessionFilter).
 * Runs on the event loop and holds no thread while the stream is open.
 */
@Path("/events")
public class LiveResource {

    /** Below the 30-60 s after which proxies and load balancers commonly close a quiet connection. */
    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    /** How long a browser waits before reconnecting after the stream broke (the SSE "retry" field). */
    static final long RECONNECT_MILLIS = 5000;

    @Inject
    LiveHub hub;

    @Inject
    CurrentUser user;

    @Inject
    RequestLocale locale;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // nginx-style proxies buffer responses unless told not to; a buffered event stream arrives in lumps or never.
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    public Multi<OutboundSseEvent> events(@RestQuery String folder, @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Context Sse sse) {
        String watched = folder == null || folder.isBlank() ? "INBOX" : folder;
        OutboundSseEvent hello = sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_MILLIS).build();
        OutboundSseEvent end = sse.newEventBuilder().comment("end").build();
        Multi<OutboundSseEvent> changes = hub.subscribe(user.session(), user.clientAddress(), watched, lastEventId, locale.get())
                .map(event -> sse.newEventBuilder().id(event.id()).name(event.name()).data(event.data()).build())
                .onCompletion().continueWith(end);
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(HEARTBEAT)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // The stream ends when the feed ends it (sign-out): the heartbeats stop with it.
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(hello),
                Multi.createBy().merging().streams(changes, heartbeats).select().first(event -> event != end));
    }
}
