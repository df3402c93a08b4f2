package org.webmail.compose;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Everything the writing side says: the compose page, drafts, uploads, address problems, and the delivery log
 * (package compose.smtp). English here; Brazilian Portuguese in {@code messages/compose_pt_BR.properties}.
 * Templates use {@code {compose:key}}; Java code that must produce words gets the request's bundle through
 * {@link ComposeText}.
 */
@MessageBundle("compose")
public interface ComposeMessages {

    /** The language of these words (BCP 47), for the numbers and dates written next to them. */
    @Message("en")
    String languageTag();

    // ---- the compose page
    @Message("New message")
    String newMessage();

    @Message("The message was not sent or saved:")
    String problemsIntro();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Cc")
    String cc();

    @Message("Bcc")
    String bcc();

    @Message("Subject")
    String subject();

    @Message("Message")
    String body();

    @Message("Attachments")
    String attachments();

    @Message("Remove")
    String remove();

    @Message("Attach files")
    String attachFiles();

    @Message("Attach")
    String attach();

    @Message("Up to {size} per message.")
    String sizeLimit(String size);

    @Message("Send")
    String send();

    @Message("Save draft")
    String saveDraft();

    @Message("Saved in {folder}.")
    String savedIn(String folder);

    @Message("Draft saved.")
    String draftSaved();

    /** Autosave's status line, followed by the time of day ("Draft saved 10:42"). */
    @Message("Draft saved")
    String autosaveSaved();

    @Message("Draft not saved yet, will try again")
    String autosaveRetry();

    // ---- the rich-text editor's toolbar
    @Message("Text formatting")
    String editorToolbar();

    @Message("Bold")
    String editorBold();

    @Message("Italic")
    String editorItalic();

    @Message("Bulleted list")
    String editorBulletedList();

    @Message("Numbered list")
    String editorNumberedList();

    @Message("Quote")
    String editorQuote();

    @Message("Unquote")
    String editorUnquote();

    @Message("Clear formatting")
    String editorClearFormatting();

    // ---- problems with the form
    @Message("This form had expired, so its attachments are gone; your text is below.")
    String formExpired();

    @Message("The From address is not one of your identities.")
    String notYourIdentity();

    @Message("Add at least one recipient in To, Cc or Bcc.")
    String noRecipient();

    /** One address problem in one field: "To: “bob@” is not a complete address." */
    @Message("{field}: {problem}")
    String inField(String field, String problem);

    @Message("“{address}” has a “<” without its closing “>”.")
    String addressUnclosed(String address);

    @Message("“{address}” is not an email address (it has no “@”).")
    String addressWithoutAt(String address);

    @Message("“{address}” is not a complete address.")
    String addressIncomplete(String address);

    @Message("“{address}” has letters before the “@” that mail servers do not all accept; use an ASCII address.")
    String addressNonAscii(String address);

    @Message("“{address}” is not a valid email address.")
    String addressInvalid(String address);

    @Message("“{address}” is not a complete address (the part after “@” needs a dot, as in example.org).")
    String addressWithoutDot(String address);

    @Message("“{address}” has a domain that cannot exist (“{domain}”).")
    String addressBadDomain(String address, String domain);

    @Message("“{name}” is empty (0 bytes), so it was not attached.")
    String uploadEmpty(String name);

    @Message("“{name}” ({size}) would make the message {total}; a message may be at most {max}. It was not attached.")
    String uploadTooBig(String name, String size, String total, String max);

    @Message("The attachments add up to {total}; a message may be at most {max}. Remove some to send it.")
    String attachmentsTooBig(String total, String max);

    @Message("This message has {count} recipients; one message may go to at most {max} (To, Cc and Bcc together). Split it into several messages, or ask your administrator for a mailing list.")
    String tooManyRecipients(int count, int max);

    @Message("You have sent {max} messages in the last hour, the most the webmail allows. Your message is kept here: send it again later.")
    String tooManyMessages(int max);

    @Message("This draft could not be read back; open it from the Drafts folder to see its text.")
    String draftUnreadable();

    @Message("Your mail account has no Drafts folder, so the draft could not be saved.")
    String noDraftsFolder();

    @Message("The draft could not be saved because the mail server did not take it ({reason}). Everything you wrote is still here; try again in a moment.")
    String draftNotTaken(String reason);

    // ---- text that goes into the outgoing message, in the sender's language
    /** "Tue, 1 Dec 2026 at 10:15": a java.time pattern. */
    @Message("EEE, d MMM yyyy 'at' HH:mm")
    String quoteDatePattern();

    @Message("On {date}, {who} wrote:")
    String attribution(String date, String who);

    /** Who wrote a message that has no From. */
    @Message("someone")
    String someone();

    @Message("{who} wrote:")
    String attributionUndated(String who);

    @Message("---------- Forwarded message ----------")
    String forwardedMessage();

    @Message("Date")
    String dateHeader();

    // ---- the delivery log (package compose.smtp)
    @Message("Delivery log")
    String deliveryLog();

    @Message("← Inbox")
    String backToInbox();

    @Message("← Delivery log")
    String backToDeliveryLog();

    @Message("Everything you sent from the webmail: when, to whom, through which server, and what the server answered.")
    String deliveryLogHint();

    @Message("You have not sent anything yet.")
    String nothingSent();

    @Message("Queued")
    String queued();

    @Message("State")
    String state();

    @Message("Server")
    String server();

    @Message("Server's reply")
    String serversReply();

    @Message("(no subject)")
    String noSubject();

    @Message("{subject} – delivery")
    String deliveryTitle(String subject);

    @Message("next try")
    String nextTry();

    @Message("the next try is at")
    String nextTryAt();

    @Message("Message-ID")
    String messageId();

    @Message("Finished")
    String finished();

    @Message("Attempts")
    String attempts();

    @Message("The server's own words")
    String serversOwnWords();

    @Message("Edit and send again")
    String editAndSendAgain();

    @Message("Sending")
    String stateQueued();

    @Message("Waiting to retry")
    String stateWaitingToRetry();

    @Message("Waiting for you to sign in")
    String stateWaitingForSignIn();

    @Message("Sent")
    String stateSent();

    @Message("Not sent")
    String stateFailed();

    @Message("Outcome unknown – check Sent")
    String stateOutcomeUnknown();

    // ---- why a message is where it is (stored as codes, worded when shown)
    @Message("The mail server could not be reached (the connection was refused or timed out). Your message is safe in the outbox and will be tried again.")
    String whyUnreachable();

    @Message("The mail server does not offer the sign-in method this webmail is set up for, so the message was not handed over. It is safe in the outbox and will be tried again; if this persists, tell your administrator.")
    String whyNoCommonMechanism();

    @Message("The connection to the mail server broke just after the message was handed over, before the server confirmed it. It may or may not have been sent, so it will not be sent again automatically: check your Sent folder or ask the recipient before sending it again.")
    String whyUnknown();

    @Message("The webmail stopped while this message was being sent, so it is not known whether the mail server took it. It will not be sent again automatically: check your Sent folder or ask the recipient before sending it again.")
    String whyInterrupted();

    @Message("The mail server did not accept your sign-in for sending (authentication failed). Sign out and in again; if it keeps happening, your account may not be allowed to send mail.")
    String whyAuthFailed();

    @Message("The recipient's address does not exist (no such mailbox). Check the address for typing mistakes.")
    String whyNoSuchMailbox();

    @Message("The mail server refused this message: it does not relay it for you, or you are not allowed to send as this From address. Send from one of your own addresses.")
    String whyNotRelayed();

    @Message("The message is too big for the mail server. Remove or shrink attachments and send it again.")
    String whyTooBig();

    @Message("The mail server rejected the message as spam or against its policy.")
    String whyPolicy();

    @Message("The mail server is busy or asked to try again later ({code}). Your message is safe in the outbox and will be tried again.")
    String whyTryLater(String code);

    @Message("The mail server refused the message ({code}) and it was not sent.")
    String whyRefused(String code);

    @Message("The mail server kept refusing the message temporarily for too long, so the outbox gave up.")
    String whyGaveUp();

    @Message("Last problem: {last}")
    String lastProblem(String last);

    @Message("Waiting for you to sign in again: the webmail needs your sign-in to send as you.")
    String whySignInNeeded();

    @Message("The message could not be prepared for sending: {reason}")
    String whyNotPrepared(String reason);

    @Message("The connection to the mail server failed before the message was handed over. It will be tried again.")
    String whyConnectionFailed();

    // ---- what failed after a message was sent
    @Message("Sent.")
    String followUpSent();

    @Message("The copy in your Sent folder could not be saved ({reason}).")
    String followUpSentCopy(String reason);

    @Message("The original message could not be marked as answered ({reason}).")
    String followUpAnswered(String reason);

    @Message("The original message could not be marked as forwarded ({reason}).")
    String followUpForwarded(String reason);

    @Message("The draft could not be removed from {folder} ({reason}).")
    String followUpDraft(String folder, String reason);
}
