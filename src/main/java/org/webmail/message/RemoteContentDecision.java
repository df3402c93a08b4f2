package org.webmail.message;

import org.webmail.account.RemoteContentPolicy;
import org.webmail.message.render.RemoteContent;

/**
 * Whether a message's remote content loads, and what the reader is offered when it does not. The one rule behind
 * the read page, the conversation page and the body frame, so that what the page says and what the frame loads
 * never disagree. Pure: the caller looks up the policy and whether the sender is trusted.
 */
public enum RemoteContentDecision {

    /** Loads: the policy is "from trusted senders" and the sender is on the list. */
    SHOWN_FOR_TRUSTED_SENDER,
    /** Loads: the reader asked for it on this message (?remote=1). */
    SHOWN_ON_REQUEST,
    /** Blocked; the reader may show it once or always for this sender. */
    BLOCKED_WITH_OFFER,
    /** Blocked and nothing offered: the reader's settings say never. */
    BLOCKED_BY_SETTINGS;

    /**
     * @param senderTrusted whether the message's From address is on the reader's trusted list
     * @param readerAsked   whether the reader asked to see this message's remote content
     */
    public static RemoteContentDecision decide(RemoteContentPolicy policy, boolean senderTrusted, boolean readerAsked) {
        return switch (policy) {
            case NEVER -> BLOCKED_BY_SETTINGS;
            case ASK -> readerAsked ? SHOWN_ON_REQUEST : BLOCKED_WITH_OFFER;
            case TRUSTED -> senderTrusted ? SHOWN_FOR_TRUSTED_SENDER : readerAsked ? SHOWN_ON_REQUEST : BLOCKED_WITH_OFFER;
        };
    }

    public boolean shows() {
        return this == SHOWN_FOR_TRUSTED_SENDER || this == SHOWN_ON_REQUEST;
    }

    /** What the sanitiser is told. */
    public RemoteContent sanitising() {
        return shows() ? RemoteContent.ALLOW : RemoteContent.BLOCK;
    }
}
