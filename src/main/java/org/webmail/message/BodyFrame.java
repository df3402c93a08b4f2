package org.webmail.message;

import org.webmail.message.render.SanitizedHtml;

/**
 * A message's HTML body as its sandboxed frame serves it.
 *
 * @param remoteLoads whether remote images were kept, so the frame's Content-Security-Policy must let them load
 */
public record BodyFrame(SanitizedHtml html, boolean remoteLoads) {
}
