/**
 * Signs that a sender or a link pretends to be someone else: a display name that shows another address, a domain
 * in punycode or mixing alphabets (Unicode TS #39), a link whose text names one host while it goes to another.
 * Pure functions only, like {@code message.render}: nothing here opens a file, a socket or a database (an ArchUnit
 * rule keeps it so); it may use {@link java.net.IDN} to show a domain's ASCII and Unicode forms.
 */
package org.webmail.message.spoofing;
