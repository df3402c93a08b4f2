package org.webmail.account;

import java.util.List;

import org.webmail.imap.MailAddress;

/** Addresses a user writes to or hears from, ranked by use, for address autocomplete. */
public interface Contacts {

    /** Called after a send: each recipient counts as one use. */
    void recordSent(String login, List<MailAddress> recipients);

    /** Called when a message is read: its sender becomes known (counted less than a send). */
    void recordSeen(String login, MailAddress sender);

    /** Up to {@code limit} addresses whose name or address starts a word with {@code prefix}, most used first. */
    List<MailAddress> suggest(String login, String prefix, int limit);
}
