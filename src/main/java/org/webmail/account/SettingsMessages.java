package org.webmail.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the settings page, its validation messages and the read view's remote-content notice (which points
 * at these settings). English here; Brazilian Portuguese in {@code messages/settings_pt_BR.properties}.
 * Templates use {@code {settings:key}}; Java code gets a localized copy through {@code MessageBundles.get}.
 */
@MessageBundle("settings")
public interface SettingsMessages {

    // --- the page -------------------------------------------------------------------------------------------------
    @Message("Settings")
    String title();

    @Message("← Inbox")
    String backToInbox();

    @Message("Your settings were saved.")
    String saved();

    @Message("Your trusted senders were saved.")
    String trustedSaved();

    @Message("Please correct the following:")
    String problemsHeading();

    @Message("Save")
    String save();

    // --- Language and region --------------------------------------------------------------------------------------
    @Message("Language and region")
    String sectionLanguage();

    @Message("Language")
    String language();

    @Message("Browser default")
    String languageBrowser();

    /** Each language is named in itself, so a reader who cannot read the current one still finds theirs. */
    @Message("English")
    String languageEnglish();

    @Message("Português (Brasil)")
    String languagePortuguese();

    @Message("Time zone")
    String zone();

    // --- Reading --------------------------------------------------------------------------------------------------
    @Message("Reading")
    String sectionReading();

    @Message("Theme")
    String theme();

    @Message("Light")
    String themeLight();

    @Message("Dark")
    String themeDark();

    @Message("Follow the system")
    String themeSystem();

    @Message("Messages per page")
    String pageSize();

    @Message("Reading pane")
    String readingPane();

    @Message("Right of the list")
    String readingPaneRight();

    @Message("Below the list")
    String readingPaneBottom();

    @Message("Off: messages open on a page of their own")
    String readingPaneOff();

    // --- Privacy --------------------------------------------------------------------------------------------------
    @Message("Privacy")
    String sectionPrivacy();

    @Message("Remote content (images from the sender's servers)")
    String remoteContent();

    @Message("Remote images tell senders that, when and where you read their mail.")
    String remoteContentHint();

    @Message("Never load it")
    String remoteNever();

    @Message("Ask each time")
    String remoteAsk();

    @Message("Load it at once from trusted senders, ask for the others")
    String remoteTrusted();

    @Message("Trusted senders")
    String trustedHeading();

    @Message("Remote content from these addresses loads at once when remote content is set to load from trusted senders.")
    String trustedIntro();

    @Message("You trust no sender yet.")
    String trustedNone();

    @Message("Remove")
    String trustedRemove();

    @Message("Remove {address}")
    String trustedRemoveLabel(String address);

    @Message("Sender's address")
    String trustedAddLabel();

    @Message("Add")
    String trustedAdd();

    // --- Sending --------------------------------------------------------------------------------------------------
    @Message("Sending")
    String sectionSending();

    @Message("Your name")
    String displayName();

    @Message("Default identity (the From of new messages)")
    String defaultIdentity();

    @Message("Identities and signatures")
    String identitiesLink();

    @Message("the addresses you send from and their signatures.")
    String identitiesHint();

    // --- validation -----------------------------------------------------------------------------------------------
    @Message("Your name can be at most {max} characters long.")
    String problemName(int max);

    @Message("Choose a language from the list.")
    String problemLanguage();

    @Message("Choose a time zone from the list.")
    String problemZone();

    @Message("Messages per page must be between {min} and {max}.")
    String problemPageSize(int min, int max);

    @Message("Choose light, dark or follow the system.")
    String problemTheme();

    @Message("Choose where the reading pane goes.")
    String problemReadingPane();

    @Message("Choose when remote content may load.")
    String problemRemoteContent();

    @Message("Choose one of your identities.")
    String problemIdentity();

    @Message("\"{address}\" is not a valid e-mail address (like name@example.org).")
    String problemSenderAddress(String address);

    @Message("You can trust at most {max} senders.")
    String problemTooManySenders(int max);

    // --- the read view's remote-content notice --------------------------------------------------------------------
    @Message("{#when count}{#is 1}1 remote image was{#else}{count} remote images were{/when} blocked to protect your privacy.")
    String remoteBlocked(int count);

    @Message("Show remote content")
    String remoteShow();

    @Message("Always show from this sender")
    String remoteAlways();

    @Message("Remote content is turned off in your settings.")
    String remoteOff();

    @Message("Change it in Settings")
    String remoteOffLink();

    @Message("Remote content is shown because you trust {address}.")
    String remoteTrustedSender(String address);

    @Message("Manage trusted senders")
    String remoteManageTrusted();

    @Message("Recent sign-ins")
    String signInsHeading();

    @Message("Your last sign-ins to the webmail. If one was not you, change your mail password.")
    String signInsIntro();

    @Message("No sign-ins recorded yet.")
    String signInsNone();

    @Message("When")
    String signInsWhen();

    @Message("How")
    String signInsMethod();

    @Message("From address")
    String signInsAddress();

    @Message("Password")
    String signInsPassword();

    @Message("Single sign-on ({provider})")
    String signInsSso(String provider);

    @Message("unknown")
    String signInsAddressUnknown();
}
