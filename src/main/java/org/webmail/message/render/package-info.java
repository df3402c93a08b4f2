/**
 * Turning untrusted message bodies into something a page can show: the HTML allow-list, the remote-content
 * policy, cid: rewriting (RFC 2392) and plain-text linking with format=flowed (RFC 3676).
 * Pure functions only: nothing here opens a file, a socket or a database (an ArchUnit rule keeps it so).
 */
package org.webmail.message.render;
