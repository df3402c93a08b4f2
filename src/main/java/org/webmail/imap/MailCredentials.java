package org.webmail.imap;

import java.util.Objects;

/**
 * What the mail layer is handed to log in as a user; it never looks credentials up itself. The same value signs in
 * to IMAP and to SMTP submission.
 *
 * @param username  the mailbox the user works in: the IMAP/SMTP login, or the user a master user acts for
 * @param secret    the password; the OAuth2 access token for {@link Mechanism#XOAUTH2} and {@link Mechanism#OAUTHBEARER};
 *                  the master user's password for {@link Mechanism#MASTER_USER}
 * @param mechanism how the secret is presented
 * @param master    the master user of a {@link Mechanism#MASTER_USER} login, else null
 * @param origin    the end user's IP address, told to the IMAP server before login (RFC 2971 ID "x-originating-ip")
 *                  so its failure penalties and logs follow that user, not the webmail; null when unknown
 */
public record MailCredentials(String username, String secret, Mechanism mechanism, MasterUser master, String origin) {

    public enum Mechanism {
        /** The user's own password: AUTHENTICATE PLAIN, or the LOGIN command (RFC 3501 section 6.2.3). */
        PASSWORD,
        /** An OAuth2 access token in Google's and Microsoft's SASL XOAUTH2, which Dovecot also speaks. */
        XOAUTH2,
        /** An OAuth2 access token in the standard SASL OAUTHBEARER (RFC 7628). */
        OAUTHBEARER,
        /** A master user signs in on behalf of the user, e.g. for a server that knows only passwords (see {@link MasterUser}). */
        MASTER_USER;

        /** True for the mechanisms whose secret is a short-lived OAuth2 access token. */
        public boolean bearerToken() {
            return this == XOAUTH2 || this == OAUTHBEARER;
        }
    }

    /**
     * The account that a {@link Mechanism#MASTER_USER} login authenticates as. Without a separator the login is SASL
     * PLAIN with the user as authorization identity and the master user as authentication identity (RFC 4616
     * section 2). With one, the server splits a single login name, "alice@example.org*webmail" for Dovecot's
     * {@code auth_master_user_separator = *}. The master password opens every mailbox: that is the deployment's
     * secret, handed in here, never stored by the mail layer.
     *
     * @param name      the master user's login
     * @param separator the server's separator, or empty for SASL PLAIN with an authorization identity
     */
    public record MasterUser(String name, String separator) {

        public MasterUser {
            requireText(name, "master user name");
            Objects.requireNonNull(separator, "separator");
            refuseControlCharacters(separator, "separator");
        }

        /** SASL PLAIN: authorization identity = the user, authentication identity = the master user. */
        public static MasterUser viaAuthorizationId(String name) {
            return new MasterUser(name, "");
        }

        /** One login name, user + separator + master user, e.g. Dovecot's "alice@example.org*webmail". */
        public static MasterUser viaSeparator(String name, String separator) {
            requireText(separator, "separator");
            return new MasterUser(name, separator);
        }

        boolean usesSeparator() {
            return !separator.isEmpty();
        }
    }

    public MailCredentials {
        requireText(username, "username");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(mechanism, "mechanism");
        if ((mechanism == Mechanism.MASTER_USER) != (master != null)) {
            throw new IllegalArgumentException("a master user goes with MASTER_USER and only with it");
        }
        if (mechanism.bearerToken()) {
            // The SASL messages separate their fields with ^A (RFC 7628 section 3.1): a token may not contain one.
            refuseControlCharacters(secret, "access token");
        }
        if (master != null && master.usesSeparator() && username.contains(master.separator())) {
            // Dovecot splits at the first separator: "eve*x" + "*webmail" would sign in to a mailbox other than this one.
            throw new IllegalArgumentException("the username contains the master user separator");
        }
        if (origin != null && !origin.matches("[0-9A-Fa-f:.]{2,45}")) {
            origin = null; // only an IP literal goes into the ID command; anything else is left out, not quoted
        }
    }

    public MailCredentials(String username, String secret, Mechanism mechanism, MasterUser master) {
        this(username, secret, mechanism, master, null);
    }

    /** The same login, made on behalf of a user at this IP address. */
    public MailCredentials withOrigin(String address) {
        return new MailCredentials(username, secret, mechanism, master, address);
    }

    /** A password, an XOAUTH2 token or an OAUTHBEARER token; a master-user login needs {@link #masterUser}. */
    public MailCredentials(String username, String secret, Mechanism mechanism) {
        this(username, secret, mechanism, null);
    }

    public static MailCredentials password(String username, String password) {
        return new MailCredentials(username, password, Mechanism.PASSWORD);
    }

    public static MailCredentials xoauth2(String username, String accessToken) {
        return new MailCredentials(username, accessToken, Mechanism.XOAUTH2);
    }

    public static MailCredentials oauthBearer(String username, String accessToken) {
        return new MailCredentials(username, accessToken, Mechanism.OAUTHBEARER);
    }

    public static MailCredentials masterUser(String username, MasterUser master, String masterPassword) {
        return new MailCredentials(username, masterPassword, Mechanism.MASTER_USER, Objects.requireNonNull(master, "master"));
    }

    /** The authentication identity sent to the server: the user, or for a master user its login. */
    public String loginName() {
        if (master == null) {
            return username;
        }
        return master.usesSeparator() ? username + master.separator() + master.name() : master.name();
    }

    /**
     * The SASL authorization identity of a master-user login: the user, or empty when the separator already carries
     * it in {@link #loginName()}. Null for every other mechanism, which leaves Angus Mail's default in place.
     */
    public String authorizationId() {
        if (master == null) {
            return null;
        }
        return master.usesSeparator() ? "" : username;
    }

    @Override
    public String toString() {
        // never print the secret
        return "MailCredentials[" + username + ", " + mechanism + (master == null ? "" : " as " + master.name()) + "]";
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        refuseControlCharacters(value, what);
    }

    /** NUL would shift the fields of SASL PLAIN (RFC 4616), ^A those of XOAUTH2 and OAUTHBEARER, CR LF end a command. */
    private static void refuseControlCharacters(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("the " + what + " contains a control character");
            }
        }
    }
}
