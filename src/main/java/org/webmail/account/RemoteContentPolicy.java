package org.webmail.account;

/** Whether a message's remote images and styles may load: never, after the reader asks, or at once from trusted senders. */
public enum RemoteContentPolicy {
    NEVER, ASK, TRUSTED
}
