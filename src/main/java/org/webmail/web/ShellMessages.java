package org.webmail.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the page shell: the layouts (folder control, reading pane), the script layer's in-place navigation
 * and the screen-reader announcements. Portuguese in messages/shell_pt_BR.properties. The announcements are read by
 * scripts from data attributes, so the scripts hold no words of their own.
 */
@MessageBundle("shell")
public interface ShellMessages {

    @Message("Folders")
    String foldersControl();

    /** The landmark around the phone's folder control. */
    @Message("Show the folders")
    String foldersControlLabel();

    @Message("Messages in this folder")
    String paneListLabel();

    @Message("Select a message to read it here.")
    String paneEmpty();

    @Message("Reading pane")
    String paneLabel();

    @Message("Back to the list")
    String backToList();

    /** Said after the script swapped in a page, followed by that page's title. */
    @Message("Showing")
    String navigationShowing();
}
