package org.webmail.mailbox;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the reading side: folder list, message list and read view, message actions, folder management,
 * search, conversations and live updates. English here; Brazilian Portuguese in
 * {@code messages/mail_pt_BR.properties}. Templates read them as {@code {mail:key}}; counts choose their plural.
 */
@MessageBundle("mail")
public interface MailMessages {

    // --- folder pane and folder names
    @Message("Folders")
    String folders();

    @Message("Folder")
    String folder();

    /**
     * A folder's name for display. English shows the server's own name; a translation names the special folders
     * by their role (Portuguese: "Caixa de entrada", "Enviados"), as other mail programs do.
     */
    @Message("{#when role}{#is 'NONE'}{name}{#else}{name}{/when}")
    String folder_label(String role, String name);

    /** INBOX inside a sentence ("moved back to the Inbox"). */
    @Message("the Inbox")
    String inbox_in_sentence();

    @Message("{count} unread")
    String unread_count(int count);

    /** English has one form; the parameter is there for languages with two. */
    @Message("{#if count == 1}unread{#else}unread{/if}")
    String unread_word(int count);

    @Message("Manage folders")
    String manage_folders();

    @Message("{used} of {limit} used")
    String quota_used(String used, String limit);

    // --- message list
    @Message("{total} {#if total == 1}message{#else}messages{/if}{#if unread > 0}, {unread} unread{/if}")
    String folder_count(int total, int unread);

    @Message("{count} {#if count == 1}message{#else}messages{/if}")
    String message_count(int count);

    @Message("{#if count == 1}message{#else}messages{/if}")
    String messages_word(int count);

    @Message("This folder is empty.")
    String folder_empty();

    @Message("Select all on this page")
    String select_all();

    @Message("Clear the selection")
    String clear_selection();

    @Message("Select")
    String col_select();

    @Message("From")
    String col_from();

    @Message("Subject")
    String col_subject();

    @Message("Date")
    String col_date();

    @Message("Size")
    String col_size();

    @Message("Pages")
    String pages();

    @Message("Newer")
    String pager_newer();

    @Message("Older")
    String pager_older();

    @Message("Page {page} of {count}")
    String page_of(int page, int count);

    @Message("Select: {#if subject}{subject}{#else}(no subject){/if}")
    String select_row(String subject);

    @Message("(no subject)")
    String no_subject();

    @Message("(no sender)")
    String no_sender();

    @Message("in")
    String in_folder_prefix();

    @Message("unread")
    String badge_unread();

    @Message("Flagged")
    String badge_flagged_title();

    @Message("flagged")
    String badge_flagged();

    @Message("Answered")
    String badge_answered_title();

    @Message("answered")
    String badge_answered();

    @Message("Has attachments")
    String badge_attachment_title();

    @Message("has attachments")
    String badge_attachment();

    @Message("List messages as")
    String view_toggle_label();

    @Message("Conversations")
    String view_conversations();

    @Message("Messages")
    String view_messages();

    // --- actions
    @Message("Actions on this message")
    String actions_on_message();

    @Message("Actions on the selected messages")
    String actions_on_selection();

    @Message("Mark read")
    String action_read();

    @Message("Mark unread")
    String action_unread();

    @Message("Flag")
    String action_flag();

    @Message("Unflag")
    String action_unflag();

    @Message("Archive")
    String action_archive();

    @Message("Junk")
    String action_junk();

    @Message("Not junk")
    String action_not_junk();

    @Message("Delete")
    String action_delete();

    @Message("Delete for good")
    String action_delete_for_good();

    @Message("Choose a folder…")
    String choose_folder();

    @Message("Move")
    String action_move();

    @Message("Copy")
    String action_copy();

    @Message("Delete for good?")
    String confirm_delete_title();

    @Message("Cancel")
    String cancel();

    @Message("Delete {#if count == 1}this message{#else}these {count} messages{/if} from {folder} for good? This cannot be undone.")
    String confirm_delete_question(int count, String folder);

    // --- notices after an action ("3 messages moved to Archive.")
    @Message("{count} {#if count == 1}message{#else}messages{/if} marked as read.")
    String done_read(int count);

    @Message("{count} {#if count == 1}message{#else}messages{/if} marked as unread.")
    String done_unread(int count);

    @Message("{count} {#if count == 1}message{#else}messages{/if} flagged.")
    String done_flag(int count);

    @Message("{count} {#if count == 1}message{#else}messages{/if} unflagged.")
    String done_unflag(int count);

    @Message("{count} {#if count == 1}message{#else}messages{/if} moved to {folder}.")
    String done_moved(int count, String folder);

    @Message("{count} {#if count == 1}message{#else}messages{/if} moved to {folder} (a new folder).")
    String done_moved_new_folder(int count, String folder);

    @Message("{count} {#if count == 1}message{#else}messages{/if} copied to {folder}.")
    String done_copied(int count, String folder);

    @Message("{count} {#if count == 1}message{#else}messages{/if} moved back to the Inbox.")
    String done_not_junk(int count);

    @Message("{count} {#if count == 1}message{#else}messages{/if} deleted for good.")
    String done_deleted(int count);

    @Message("{count} {#if count == 1}message was{#else}messages were{/if} no longer there (moved or deleted elsewhere).")
    String done_missing(int count);

    @Message("Your mail server keeps {#if count == 1}it{#else}them{/if} in {folder} marked as deleted until the folder is cleaned up.")
    String done_marked_deleted(int count, String folder);

    @Message("Nothing was changed: {#if count == 1}that message is{#else}those messages are{/if} no longer in {folder} (moved or deleted, perhaps on another device).")
    String nothing_changed(int count, String folder);

    @Message("Select at least one message first.")
    String select_first();

    @Message("Choose what to do with the selected messages.")
    String choose_action();

    @Message("That folder does not exist (any more), so nothing was changed. Pick another one.")
    String target_gone();

    @Message("The mail server could not complete the request: {said}")
    String server_could_not(String said);

    @Message("{said} Your messages are where they were.")
    String server_refused_action(String said);

    @Message("Choose a folder to {#if copy}copy{#else}move{/if} the messages to.")
    String choose_target(boolean copy);

    @Message("There is no folder \"{target}\", so nothing was changed. Pick another one.")
    String no_such_target(String target);

    @Message("The {#if count == 1}message is{#else}messages are{/if} already in {folder}.")
    String already_in(int count, String folder);

    @Message("The messages could not be moved; try the Move button.")
    String drag_failed();

    // --- read view
    @Message("From")
    String header_from();

    @Message("Reply-To")
    String header_reply_to();

    @Message("To")
    String header_to();

    @Message("Cc")
    String header_cc();

    @Message("Subject")
    String header_subject();

    @Message("Date")
    String header_date();

    @Message("Edit draft")
    String edit_draft();

    @Message("Reply")
    String reply();

    @Message("Reply all")
    String reply_all();

    @Message("Forward")
    String forward();

    @Message("Forward as attachment")
    String forward_as_attachment();

    @Message("View source")
    String view_source();

    @Message("Download (.eml)")
    String download_eml();

    @Message("This message is damaged, so it is shown as its raw text.")
    String body_damaged();

    @Message("Message body")
    String body_frame_title();

    @Message("This message has no text.")
    String body_no_text();

    @Message("Attachments")
    String attachments();

    // --- conversations
    @Message("{count} {#if count == 1}conversation{#else}conversations{/if}{#if unread > 0}, {unread} unread {#if unread == 1}message{#else}messages{/if}{/if}")
    String conversation_count(int count, int unread);

    @Message("Conversations are made from the newest {window} messages of this folder; the message list shows older ones.")
    String conversation_window(int window);

    @Message("The {count} oldest messages are listed without their text; open one to read it.")
    String conversation_not_opened(int count);

    @Message("You")
    String you();

    @Message("from {folder}")
    String sent_from_folder(String folder);

    @Message("Open alone")
    String open_alone();

    // --- live updates (read by the script from data attributes)
    @Message("New message from")
    String live_new_from();

    @Message("an unknown sender")
    String live_unknown_sender();

    @Message("This message has been moved or deleted on another device.")
    String live_gone();

    // --- folder management
    @Message("Messages")
    String col_messages();

    @Message("Subscribed")
    String col_subscribed();

    @Message("Change")
    String col_change();

    @Message("Subscribed")
    String subscribed();

    @Message("Not subscribed")
    String not_subscribed();

    @Message("Subscribe")
    String subscribe();

    @Message("Unsubscribe")
    String unsubscribe();

    @Message("Cannot be deleted or renamed")
    String cannot_delete_or_rename();

    @Message("Rename or move…")
    String rename_or_move_link();

    @Message("Delete…")
    String delete_link();

    @Message("INBOX and the special folders (Drafts, Sent, Trash, Junk, Archive) cannot be deleted or renamed: this webmail and other mail programs find your mail there. Mail programs that show only subscribed folders hide the others.")
    String folders_hint();

    @Message("New folder")
    String new_folder();

    @Message("Name")
    String folder_name_label();

    @Message("Inside")
    String inside();

    @Message("(top level)")
    String top_level();

    @Message("Create folder")
    String create_folder();

    @Message("Rename or move a folder")
    String rename_heading();

    @Message("New name")
    String new_name();

    @Message("Rename")
    String rename();

    @Message("Delete {name}?")
    String delete_folder_title(String name);

    @Message("“{path}” cannot be deleted")
    String folder_cannot_be_deleted(String path);

    @Message("Delete the folder “{path}”?")
    String delete_folder_question(String path);

    @Message("The folder and {#if total == 1}its one message{#else}all its {total} messages{/if} will be deleted for good, on every device. They do not go to the Trash.")
    String delete_folder_warning(int total);

    @Message("Delete “{name}” and its messages")
    String delete_folder_button(String name);

    @Message("Keep it")
    String keep_folder();

    @Message("Folder “{path}” created.")
    String folder_created(String path);

    @Message("The folder is now “{path}”.")
    String folder_renamed(String path);

    @Message("Folder “{path}” deleted.")
    String folder_deleted(String path);

    @Message("Subscribed to “{path}”.")
    String folder_subscribed(String path);

    @Message("Unsubscribed from “{path}”: mail programs that show only subscribed folders will hide it.")
    String folder_unsubscribed(String path);

    // --- why a folder change was refused
    @Message("{#when change}{#is 'rename'}renamed or moved{#is 'delete'}deleted{#else}deleted or renamed{/when}")
    String change_word(String change);

    @Message("INBOX cannot be {action}: it is where the mail server delivers new mail.")
    String protected_inbox(String action);

    @Message("“{path}” cannot be {action}: it is your {#when role}{#is 'DRAFTS'}Drafts{#is 'SENT'}Sent{#is 'TRASH'}Trash{#is 'JUNK'}Junk{#is 'ARCHIVE'}Archive{#else}{role}{/when} folder, which this webmail and other mail programs use for {#when role}{#is 'DRAFTS'}unfinished messages{#is 'SENT'}copies of the mail you send{#is 'TRASH'}deleted mail{#is 'JUNK'}unwanted mail{#is 'ARCHIVE'}archived mail{#else}mail{/when}.")
    String protected_role(String path, String action, String role);

    @Message("“{path}” still has sub-folders ({children}): delete or move them first, so nothing goes that you did not see.")
    String refused_has_children(String path, String children);

    @Message("The name “{path}” is already in use.")
    String refused_taken(String path);

    @Message("There is no folder “{path}” (any more).")
    String refused_nonexistent(String path);

    @Message("You are not allowed to change the folder “{path}”.")
    String refused_noperm(String path);

    @Message("The mail server cannot do this: {said}")
    String refused_cannot(String said);

    @Message("The folder “{path}” is in use right now; try again in a moment.")
    String refused_inuse(String path);

    @Message("The mail server's limit is reached: {said}")
    String refused_limit(String said);

    @Message("The mail server refused: {#if said}{said}{#else}no reason given.{/if}")
    String refused_other(String said);

    @Message("A folder needs a name.")
    String name_missing();

    @Message("A folder name cannot begin or end with a space.")
    String name_spaces();

    @Message("A folder name can have at most {max} characters.")
    String name_too_long(String max);

    @Message("A folder name cannot contain “{character}”: the mail server uses it to separate a folder from its sub-folders.")
    String name_delimiter(String character);

    @Message("A folder name cannot contain “*” or “%”: the mail server reads them as wildcards.")
    String name_wildcards();

    @Message("A folder name cannot contain control characters.")
    String name_control();

    @Message("“.” and “..” cannot be folder names.")
    String name_dots();

    @Message("The folder already has this name and place.")
    String rename_same_place();

    @Message("A folder cannot be moved into itself or one of its sub-folders.")
    String rename_into_itself();

    // --- search
    @Message("Search")
    String search();

    @Message("Search: {typed}")
    String search_title(String typed);

    @Message("Search results")
    String search_results();

    @Message("In all folders.")
    String search_in_all_folders();

    @Message("In {folder}.")
    String search_in_folder(String folder);

    @Message("Search only {folder}")
    String search_only_folder(String folder);

    @Message("Search all folders")
    String search_all_folders();

    @Message("{#if total == 1}1 message matches{#else}{total} messages match{/if}{#if capped}: the newest {total} of {matched} are shown{/if}.")
    String search_count(int total, int matched, boolean capped);

    @Message("Searched {searched} folder{#if searched != 1}s{/if} holding mail; Trash and Junk are left out (search them on their own){#if leftOut > 0}, and so are {leftOut} more folders beyond the first {searched}{/if}.")
    String search_folders_note(int searched, int leftOut);

    @Message("The search stopped early because it was taking too long: {notReached} {#if notReached == 1}folder was{#else}folders were{/if} not searched, so the results may be incomplete. Search one folder at a time to look there.")
    String search_stopped_early(int notReached);

    @Message("No messages match.")
    String search_no_match();

    @Message("How to search")
    String search_help_title();

    @Message("Words and \"quoted phrases\" are looked for in the sender, the subject and the text; every term must match.")
    String search_help_words();

    @Message("weekly report")
    String search_help_example_subject();

    @Message("in that header only")
    String search_help_header();

    @Message("messages sent with files (multipart/mixed, as the paper-clip in the list)")
    String search_help_attachment();

    @Message("by state")
    String search_help_state();

    @Message("sent before that day, or on or after it")
    String search_help_dates();

    @Message("bigger than that (K, M or G)")
    String search_help_larger();

    @Message("That search is too long: keep it under {max} characters.")
    String query_too_long(String max);

    @Message("That search has too many terms: use at most {max}.")
    String query_too_many_terms(String max);

    @Message("{operator}: needs something after it, for example {example}.")
    String query_needs_value(String operator, String example);

    @Message("has: knows only has:attachment.")
    String query_has_attachment_only();

    @Message("is: takes unread, read or flagged (not \"{value}\").")
    String query_is_values(String value);

    @Message("{operator}: takes a date written year-month-day, for example {example} (not \"{value}\").")
    String query_date_format(String operator, String example, String value);

    @Message("larger: takes a size such as 500K, 10M or 1G (not \"{value}\").")
    String query_larger_format(String value);

    @Message("larger: can go up to 2047M; no mail server keeps messages that big.")
    String query_larger_too_big();

    @Message("The mail server could not run this search: {said}")
    String search_server_refused(String said);

    // --- spoofing and phishing signals (message.spoofing): who a message is really from, where a link really goes
    @Message("Check the sender")
    String sender_warning_title();

    @Message("The name shows {shown} but this message comes from {actual}.")
    String sender_name_shows_other(String shown, String actual);

    @Message("The domain {unicode} is written in international letters; its real (ASCII) form is {ascii}.")
    String sender_international_domain(String unicode, String ascii);

    @Message("The domain {unicode} mixes letters from different alphabets ({scripts}); it is {ascii}.")
    String sender_mixed_scripts(String unicode, String scripts, String ascii);

    @Message("The name holds invisible characters that can reorder or hide text; it reads: {name}")
    String sender_hidden_characters(String name);

    @Message("Where this link leads")
    String leaving_title();

    @Message("This link may not go where it looks like it goes. Check the address before you continue.")
    String leaving_intro();

    @Message("The link text shows {shown}, but the link goes to {host}.")
    String leaving_other_host(String shown, String host);

    @Message("The address puts {userinfo} before an @; that part is ignored, and the link goes to {host}.")
    String leaving_userinfo(String userinfo, String host);

    @Message("The domain {unicode} mixes letters from different alphabets ({scripts}); it is {ascii}.")
    String leaving_mixed_scripts(String unicode, String scripts, String ascii);

    @Message("The domain {unicode} is written in international letters; its real (ASCII) form is {ascii}.")
    String leaving_international(String unicode, String ascii);

    @Message("Full address")
    String leaving_target();

    @Message("Site as shown")
    String leaving_host();

    @Message("Site as the network knows it")
    String leaving_host_ascii();

    @Message("The link text showed")
    String leaving_shown();

    @Message("Continue to {host}")
    String leaving_continue(String host);

    @Message("Back to your mail")
    String leaving_back();

    @Message("This link cannot be checked")
    String leaving_unchecked_title();

    @Message("The link is damaged or too old to check, so the webmail will not open it. Go back to the message and open it from there again.")
    String leaving_unchecked();
}
