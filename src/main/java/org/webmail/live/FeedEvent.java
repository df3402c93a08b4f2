package org.webmail.live;

/**
 * One server-sent event of a folder's feed (HTML Living Standard, "Server-sent events").
 *
 * @param id   "epoch-sequence": the browser sends it back as Last-Event-ID when it reconnects
 * @param name message-new, message-flags, message-gone, folder-counts, resync or watching
 * @param data one line of JSON
 */
public record FeedEvent(String id, String name, String data) {
}
