package org.webmail.account;

import java.util.List;
import java.util.Set;

/**
 * What the settings page shows: the form (as stored, or as typed when refused), the choices, the trusted senders and
 * what went wrong.
 *
 * @param newSender     the address typed into "add a trusted sender" when it was refused, else empty
 * @param problems      sentences in the reader's language, empty when there is nothing to correct
 * @param invalidFields names of the fields those sentences are about
 * @param saved         the notice after a save: "settings", "trusted" or null
 */
public record SettingsView(SettingsForm form, List<String> zones, List<Identity> identities, List<String> trustedSenders,
                           String newSender, List<String> problems, Set<String> invalidFields, String saved) {

    public boolean invalid(String field) {
        return invalidFields.contains(field);
    }

    /** Whether the form has this identity as the default. */
    public boolean chosen(Identity identity) {
        return Long.toString(identity.id()).equals(form.defaultIdentity() == null ? null : form.defaultIdentity().strip());
    }

    /** What an identity is called in the list: its name and address, or the address alone. */
    public String identityLabel(Identity identity) {
        return identity.name() == null || identity.name().isBlank() ? identity.address()
                : identity.name() + " <" + identity.address() + ">";
    }
}
