/**
 * Turning untrusted message bodies into something a page can show: the HTML allow-list, the remote-content
 * policy, cid: rewriting (RFC 2392), plain-text linking with format=flowed (RFC 3676), and handing each web link
 * with its visible text to a caller's {@link org.webmail.message.render.LinkCheck}, which may send a doubtful one
 * through the page that shows where it leads (the judging lives in {@code message.spoofing}).
 * Pure functions only: nothing here opens a file, a socket or a database (an ArchUnit rule keeps it so).
 */
package org.webmail.message.render;
