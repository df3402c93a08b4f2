package org.webmail.mailbox;

/**
 * The sentence shown after a folder change, from the redirect's query (post, redirect, get). Only the folder path
 * comes from the URL, and Qute escapes it, so a crafted link can at most name a folder.
 */
final class Notices {

    private Notices() {
    }

    static String of(String created, String renamed, String deleted, String subscribed, String unsubscribed) {
        if (created != null) {
            return "Folder “" + created + "” created.";
        }
        if (renamed != null) {
            return "The folder is now “" + renamed + "”.";
        }
        if (deleted != null) {
            return "Folder “" + deleted + "” deleted.";
        }
        if (subscribed != null) {
            return "Subscribed to “" + subscribed + "”.";
        }
        if (unsubscribed != null) {
            return "Unsubscribed from “" + unsubscribed + "”: mail programs that show only subscribed folders will hide it.";
        }
        return null;
    }
}
