package org.webmail.imap;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

/**
 * An IMAP store that signs in exactly as its {@link MailCredentials} say. It carries a master user's authorization
 * identity into AUTHENTICATE PLAIN, and it stops before authenticating when the server does not advertise the
 * mechanism the credentials need: Angus would otherwise fall back to the LOGIN command (RFC 3501 section 6.2.3),
 * sending an access token as if it were a password, or signing the master user in to a mailbox of its own.
 */
final class SignInStore extends IMAPStore {

    /** The capability that must be advertised before authenticating (RFC 3501 section 6.2.2), or null for any. */
    private final String requiredCapability;
    /** The end user's address for the pre-login ID command, or null. */
    private final String origin;

    SignInStore(Session session, String protocol, MailServerSettings server, MailCredentials credentials) {
        super(session, new URLName(protocol, server.host(), server.port(), null, null, null), protocol, "imaps".equals(protocol));
        if (credentials.authorizationId() != null) {
            authorizationID = credentials.authorizationId(); // read by IMAPStore whenever it logs in
        }
        this.origin = credentials.origin();
        this.requiredCapability = switch (credentials.mechanism()) {
            case PASSWORD -> null;
            case XOAUTH2 -> "AUTH=XOAUTH2";
            case OAUTHBEARER -> "AUTH=OAUTHBEARER";
            // With a separator the login name says it all, and Dovecot takes it through LOGIN as well as PLAIN.
            case MASTER_USER -> credentials.authorizationId().isEmpty() ? null : "AUTH=PLAIN";
        };
    }

    /** Runs after STARTTLS and the capability refresh that follows it, before any credential is sent. */
    @Override
    protected void preLogin(IMAPProtocol protocol) throws ProtocolException {
        if (requiredCapability != null && !protocol.hasCapability(requiredCapability)) {
            throw new MechanismNotOffered(requiredCapability);
        }
        if (origin != null && protocol.hasCapability("ID")) {
            // RFC 2971 before login: a server that trusts the webmail (Dovecot: login_trusted_networks) then logs and
            // slows down failures per end user, instead of making every user of the webmail wait for one's mistakes.
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            fields.put("name", "webmail");
            fields.put("x-originating-ip", origin);
            protocol.id(fields);
        }
    }

    /** The server cannot take these credentials: a configuration problem, not a wrong password. */
    static final class MechanismNotOffered extends ProtocolException {

        private final String capability;

        MechanismNotOffered(String capability) {
            super("the mail server does not advertise " + capability);
            this.capability = capability;
        }

        String capability() {
            return capability;
        }
    }
}
