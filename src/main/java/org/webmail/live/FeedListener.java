package org.webmail.live;

import io.smallrye.mutiny.subscription.MultiEmitter;

import org.webmail.auth.WebSession;

/** One open event stream: whose browser it is and where its events go. */
record FeedListener(WebSession session, String clientAddress, MultiEmitter<? super FeedEvent> emitter) {

    void send(FeedEvent event) {
        emitter.emit(event);
    }
}
