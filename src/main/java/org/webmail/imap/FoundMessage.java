package org.webmail.imap;

/** A search result: a message-list row and the folder it lives in (results of every folder are merged). */
public record FoundMessage(String folder, MessageSummary summary) {
}
