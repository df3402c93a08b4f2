package org.webmail.message.render;

/**
 * Whether a message may make the reader's browser fetch images from the sender's servers.
 * Remote images are how senders learn that (and when, and where) a message was read, so the default is BLOCK.
 */
public enum RemoteContent {
    /** Remove remote image sources and count them, so the view can offer "show images". */
    BLOCK,
    /** Keep http/https image sources (the user asked for them, or trusts the sender). */
    ALLOW
}
