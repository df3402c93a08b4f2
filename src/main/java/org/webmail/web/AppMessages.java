package org.webmail.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares (layout, sign-in, error pages), in English; Brazilian Portuguese lives in
 * {@code messages/msg_pt_BR.properties}. Templates read them as {@code {msg:key}}.
 */
@MessageBundle("msg")
public interface AppMessages {

    // --- layout
    @Message("Webmail")
    String app_name();

    @Message("Write")
    String nav_write();

    @Message("Search mail")
    String search_label();

    @Message("from:anna has:attachment")
    String search_placeholder();

    @Message("Where")
    String search_where();

    @Message("This folder")
    String search_this_folder();

    @Message("All folders")
    String search_all_folders();

    @Message("Search")
    String search_button();

    @Message("Delivery log")
    String nav_delivery_log();

    @Message("Settings")
    String nav_settings();

    @Message("Sign out")
    String sign_out();

    // --- sign-in page
    @Message("Sign in")
    String sign_in();

    @Message("Sign in to your mail")
    String sign_in_heading();

    @Message("Sign in with {label}")
    String sign_in_with(String label);

    @Message("or with your mail password")
    String sign_in_or_password();

    @Message("Mail address")
    String mail_address();

    @Message("Password")
    String password();

    @Message("Demo account")
    String demo_account();

    @Message("This is a demo. Sign in as")
    String demo_sign_in_as();

    @Message("with the password")
    String demo_with_password();

    @Message(".")
    String demo_end();

    @Message("Enter your mail address and your password.")
    String login_missing_fields();

    @Message("The mail address or password is wrong.")
    String login_wrong();

    @Message("Too many failed sign-ins. Try again in {wait}.")
    String login_too_many(String wait);

    @Message("{count} {#if count == 1}second{#else}seconds{/if}")
    String login_wait_seconds(long count);

    @Message("{count} {#if count == 1}minute{#else}minutes{/if}")
    String login_wait_minutes(long count);

    @Message("The mail server cannot be reached right now, so nobody can sign in. Try again in a few minutes.")
    String login_server_down();

    @Message("Your mail server no longer accepts your sign-in (a changed password, or access withdrawn). Please sign in again.")
    String login_expired();

    @Message("Your identity provider has signed you out (you signed out elsewhere, or your administrator ended the session). Sign in again to go on.")
    String login_provider_signed_out();

    @Message("Your sign-in has ended: your identity provider did not renew it. Please sign in again.")
    String login_ended();

    @Message("You are signed out.")
    String login_signed_out();

    @Message("Signing in with the mail password is turned off here. Use one of the sign-in buttons.")
    String login_password_off();

    @Message("Your {provider} account did not give a verified mail address, so the webmail cannot tell which mailbox is yours. Ask your administrator.")
    String sso_no_verified_address(String provider);

    @Message("Your {provider} account now gives the mail address {address}, but it was set up for {login}. Ask your administrator to update the link.")
    String sso_link_moved(String provider, String address, String login);

    @Message("The mail address {address} is already linked to another sign-in ({tenant}). Sign in with that one, or ask your administrator.")
    String sso_link_taken(String address, String tenant);

    @Message("You are signed in at {provider}, but your mail server did not accept that sign-in for {address}. Ask your administrator.")
    String sso_mail_refused(String provider, String address);

    @Message("You are not signed in")
    String sso_not_signed_in_title();

    @Message("The sign-in at your identity provider was cancelled or not allowed.")
    String sso_cancelled();

    @Message("Your identity provider could not complete the sign-in{#if error} ({error}){/if}.")
    String sso_failed(String error);

    @Message("Try again from the sign-in page: /login")
    String sso_try_again();

    @Message("You cannot read mail here yet")
    String sso_refused_title();

    @Message("Back to the sign-in page: /login")
    String sso_back_to_login();

    @Message("Your sign-in service cannot be reached")
    String sso_down_title();

    @Message("Your sign-in needs renewing, but the service that signed you in did not answer.")
    String sso_down_message();

    @Message("Nothing was lost. Try again in a minute; if it lasts, tell your administrator.")
    String sso_down_hint();

    // --- error pages
    @Message("Go to your inbox")
    String go_to_inbox();

    @Message("This form has expired")
    String error_csrf_title();

    @Message("For your safety the webmail refused a form it could not prove came from this page.")
    String error_csrf_message();

    @Message("Go back, reload the page and try again.")
    String error_csrf_hint();

    @Message("Your mail server cannot be reached")
    String error_server_down_title();

    @Message("The webmail is working, but the mail server that holds your messages did not answer.")
    String error_server_down_message();

    @Message("Nothing was lost. Try again in a minute; if it lasts, tell your mail administrator.")
    String error_server_down_hint();

    @Message("Your mailbox is busy")
    String error_busy_title();

    @Message("Other requests of yours are still waiting for the mail server.")
    String error_busy_message();

    @Message("Wait a moment and reload the page.")
    String error_busy_hint();

    @Message("No such folder")
    String error_no_folder_title();

    @Message("This folder does not exist (any more).")
    String error_no_folder_message();

    @Message("Pick a folder from the list.")
    String error_no_folder_hint();

    @Message("Message not found")
    String error_no_message_title();

    @Message("This message is not in this folder: it may have been moved or deleted, on this or another device.")
    String error_no_message_message();

    @Message("Go back to the folder.")
    String error_no_message_hint();

    @Message("Page not found")
    String error_not_found_title();

    @Message("There is nothing at this address.")
    String error_not_found_message();

    @Message("Go to your inbox.")
    String error_go_to_inbox_hint();

    @Message("Not allowed")
    String error_not_allowed_title();

    @Message("This address does not accept that kind of request.")
    String error_not_allowed_message();

    @Message("Too much to send at once")
    String error_too_large_title();

    @Message("What you sent is bigger than the webmail accepts in one go ({max}), so nothing was changed.")
    String error_too_large_message(String max);

    @Message("Go back: what you wrote is still in the form. Attach smaller files, or fewer at a time.")
    String error_too_large_hint();

    @Message("The request could not be handled")
    String error_bad_request_title();

    @Message("The browser sent something the webmail cannot use.")
    String error_bad_request_message();

    @Message("Go back and try again.")
    String error_bad_request_hint();

    @Message("Something went wrong")
    String error_unexpected_title();

    @Message("The webmail hit an unexpected problem (incident {incident}). Nothing you wrote or received was lost.")
    String error_unexpected_message(String incident);

    @Message("Try again; if it happens again, give the incident number to your administrator.")
    String error_unexpected_hint();
}
