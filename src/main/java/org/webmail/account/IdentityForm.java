package org.webmail.account;

/**
 * What the user typed into an identity form, kept as typed so a refused form comes back filled in.
 *
 * @param id  the identity being edited, or 0 for a new one
 */
public record IdentityForm(long id, String name, String address, String replyTo, String signatureText,
                           String signatureHtml) {

    static final int MAX_NAME = 200;
    static final int MAX_SIGNATURE_TEXT = 10_000;
    static final int MAX_SIGNATURE_HTML = 50_000;

    public static IdentityForm empty() {
        return new IdentityForm(0, "", "", "", "", "");
    }

    public static IdentityForm of(Identity identity) {
        return new IdentityForm(identity.id(), identity.name(), identity.address(),
                identity.replyTo() == null ? "" : identity.replyTo(), identity.signatureText(), identity.signatureHtml());
    }

    /** Problems that need no database or policy, worded when shown; null when none. */
    AccountText syntaxProblem() {
        if (name != null && (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl))) {
            // CR or LF in a display name would let a form add header lines (RFC 5322 section 2.2).
            return w -> w.nameTooLong(MAX_NAME);
        }
        if (MailboxAddress.parse(address).isEmpty()) {
            String shown = shown(address);
            return w -> w.addressInvalid(shown);
        }
        if (replyTo != null && !replyTo.isBlank() && MailboxAddress.parse(replyTo).isEmpty()) {
            String shown = shown(replyTo);
            return w -> w.replyToInvalid(shown);
        }
        if (length(signatureText) > MAX_SIGNATURE_TEXT || length(signatureHtml) > MAX_SIGNATURE_HTML) {
            return AccountMessages::signatureTooLong;
        }
        return null;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String shown(String s) {
        String text = s == null ? "" : s.strip();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
