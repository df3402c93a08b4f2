package org.webmail.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of package account outside the settings page: identities and signatures, and their problems.
 * English here; Brazilian Portuguese in {@code messages/account_pt_BR.properties}. Templates use
 * {@code {account:key}}; Java code that must produce words returns an {@link AccountText}.
 */
@MessageBundle("account")
public interface AccountMessages {

    // ---- the identities page
    @Message("Identities")
    String identities();

    @Message("← Settings")
    String backToSettings();

    @Message("Identities and signatures")
    String identitiesHeading();

    @Message("The names and addresses your mail can be sent from. The default one is chosen when you write a new message. Your mail server still decides which addresses it lets you send as.")
    String identitiesIntro();

    @Message("Default")
    String defaultBadge();

    @Message("Save")
    String save();

    @Message("Make default")
    String makeDefault();

    @Message("Delete")
    String delete();

    @Message("Add an identity")
    String addIdentity();

    @Message("Add")
    String add();

    @Message("Your identities were saved.")
    String identitiesSaved();

    @Message("Name")
    String name();

    @Message("Address")
    String address();

    @Message("Reply-To (optional)")
    String replyTo();

    @Message("Signature (plain text)")
    String signatureText();

    @Message("Signature (HTML, cleaned when saved)")
    String signatureHtml();

    // ---- problems with an identity
    @Message("That identity does not exist.")
    String identityNotFound();

    @Message("You need at least one identity to send mail.")
    String lastIdentity();

    @Message("The name must be one line of at most {max} characters.")
    String nameTooLong(int max);

    @Message("\"{address}\" is not a valid e-mail address (like name@example.org).")
    String addressInvalid(String address);

    @Message("The reply-to address \"{address}\" is not a valid e-mail address.")
    String replyToInvalid(String address);

    @Message("The signature is too long.")
    String signatureTooLong();

    @Message("You can only send from your own address.")
    String ownAddressOnly();

    @Message("You can only send from addresses at {domains}.")
    String addressesAt(String domains);
}
