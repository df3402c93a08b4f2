package org.webmail.compose;

import java.util.List;
import java.util.Locale;

import org.webmail.account.Identity;

/**
 * What the compose page shows.
 *
 * @param problems     what stopped the last action, empty when none
 * @param notice       a short confirmation ("Draft saved."), or null
 * @param maxSizeShown the per-message limit in words, e.g. "25.0 MB"
 * @param maxBytes     the same in bytes, for the script to refuse a file before uploading it
 * @param language     the language of the page, for the sizes written on it
 */
public record ComposeView(String sessionId, ComposeForm form, List<Identity> identities, List<String> problems, String notice,
                          String maxSizeShown, long maxBytes, Locale language) {

    public boolean isSelected(Identity identity) {
        return identity.id() == form.identityId;
    }

    public String identityLabel(Identity identity) {
        return identity.name() == null || identity.name().isBlank() ? identity.address() : identity.name() + " <" + identity.address() + ">";
    }

    public String sizeOf(Attachment attachment) {
        return AttachmentUploads.human(attachment.size(), language);
    }
}
