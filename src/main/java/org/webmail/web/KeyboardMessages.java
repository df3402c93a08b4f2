package org.webmail.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the keyboard shortcut list (the help dialog of layout.html) and of the installable app: the offline page
 * and the web app manifest. English here, Brazilian Portuguese in messages/keys_pt_BR.properties.
 */
@MessageBundle("keys")
public interface KeyboardMessages {

    @Message("Keyboard shortcuts")
    String help_title();

    @Message("Shortcuts work anywhere on the page, except while you type in a text field.")
    String help_intro();

    @Message("Close")
    String help_close();

    @Message("then")
    String key_then();

    @Message("or")
    String key_or();

    @Message("Shift")
    String key_shift();

    @Message("Next (older) message")
    String next();

    @Message("Previous (newer) message")
    String previous();

    @Message("Open the message")
    String open();

    @Message("Back to the list")
    String back();

    @Message("Write a new message")
    String compose();

    @Message("Reply")
    String reply();

    @Message("Reply to all")
    String reply_all();

    @Message("Forward")
    String forward();

    @Message("Archive")
    String archive();

    @Message("Delete")
    String delete();

    @Message("Flag or unflag")
    String flag();

    @Message("Mark as read")
    String mark_read();

    @Message("Mark as unread")
    String mark_unread();

    @Message("Select or unselect the message")
    String select();

    @Message("Search mail")
    String search();

    @Message("Go to the inbox")
    String inbox();

    @Message("Show this list")
    String help();

    @Message("You are offline")
    String offline_title();

    @Message("Webmail cannot reach the server right now. No mail is kept on this device, so your messages show again once you are back online.")
    String offline_text();

    @Message("Try again")
    String offline_retry();

    @Message("Read and write your mail")
    String manifest_description();
}
