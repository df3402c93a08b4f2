package org.webmail.mailbox;

/**
 * The sentence shown after a folder change, from the redirect's query (post, redirect, get). Only the folder path
 * comes from the URL, and Qute escapes it, so a crafted link can at most name a folder.
 */
final class Notices {

    private Notices() {
    }

    static String of(MailMessages text, String created, String renamed, String deleted, String subscribed, String unsubscribed) {
        if (created != null) {
            return text.folder_created(created);
        }
        if (renamed != null) {
            return text.folder_renamed(renamed);
        }
        if (deleted != null) {
            return text.folder_deleted(deleted);
        }
        if (subscribed != null) {
            return text.folder_subscribed(subscribed);
        }
        if (unsubscribed != null) {
            return text.folder_unsubscribed(unsubscribed);
        }
        return null;
    }
}
