package org.webmail.imap;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.webmail.imap.sasl.OAuthBearerProvider;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Jakarta Mail sessions for the configured server, one per way of signing in: every timeout set (Angus Mail's
 * defaults are infinite), TLS host names checked, STARTTLS required when chosen, and PLAIN refused unless the server
 * is on loopback. This is the one place that chooses the IMAP authentication mechanism for each kind of
 * {@link MailCredentials}; {@link SignInStore} then refuses a server that does not offer it.
 */
@ApplicationScoped
public class ImapSessions {

    private final MailServerSettings settings;
    private final String protocol;
    private final ScheduledExecutorService writeTimeouts;
    private final Map<MailCredentials.Mechanism, Session> sessions = new EnumMap<>(MailCredentials.Mechanism.class);

    @Inject
    public ImapSessions(MailServerSettings settings) {
        this.settings = settings;
        refusePlainOverNetwork(settings);
        this.protocol = settings.security() == MailServerSettings.Security.TLS ? "imaps" : "imap";
        // One shared timer thread enforces every connection's write timeout; without it Angus starts a thread per socket.
        this.writeTimeouts = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("imap-write-timeout").factory());
        OAuthBearerProvider.install();
        for (MailCredentials.Mechanism mechanism : MailCredentials.Mechanism.values()) {
            sessions.put(mechanism, Session.getInstance(properties(mechanism)));
        }
    }

    /** Creating the bean at startup makes a refused configuration stop the application before the first login. */
    void checkAtStartup(@Observes StartupEvent event) {
        // the constructor did the checking
    }

    /** "imaps" for implicit TLS, else "imap". */
    public String protocol() {
        return protocol;
    }

    public MailServerSettings server() {
        return settings;
    }

    public Session sessionFor(MailCredentials.Mechanism mechanism) {
        return sessions.get(mechanism);
    }

    @PreDestroy
    void close() {
        writeTimeouts.shutdownNow();
    }

    private Properties properties(MailCredentials.Mechanism mechanism) {
        String prefix = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(prefix + "host", settings.host());
        props.setProperty(prefix + "port", Integer.toString(settings.port()));
        props.setProperty(prefix + "connectiontimeout", millis(settings.connectTimeout()));
        props.setProperty(prefix + "timeout", millis(settings.readTimeout()));
        props.setProperty(prefix + "writetimeout", millis(settings.writeTimeout()));
        props.put(prefix + "executor.writetimeout", writeTimeouts);
        // Our pool hands out whole Stores; each Store keeps exactly one connection (its store connection,
        // lent to the one folder we open at a time), so Angus's own pool never holds more than that one.
        props.setProperty(prefix + "connectionpoolsize", "1");
        // Partial fetches of 1 MiB: a 10 MB attachment takes 10 round trips instead of 640 with the 16 KiB default.
        props.setProperty(prefix + "fetchsize", Integer.toString(1024 * 1024));
        switch (settings.security()) {
            case TLS -> props.setProperty(prefix + "ssl.checkserveridentity", "true");
            case STARTTLS -> {
                props.setProperty(prefix + "starttls.enable", "true");
                props.setProperty(prefix + "starttls.required", "true"); // never fall back to cleartext LOGIN
                props.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case PLAIN -> props.setProperty(prefix + "starttls.enable", "false");
        }
        settings.trustPem().ifPresent(pem -> props.put(prefix + "ssl.socketFactory", ExtraTrustAnchors.socketFactory(pem)));
        signIn(props, prefix, mechanism);
        return props;
    }

    /**
     * How Angus presents the credentials. Whatever the mechanism, the store connects with
     * {@link MailCredentials#loginName()} as user and the secret as password.
     */
    private static void signIn(Properties props, String prefix, MailCredentials.Mechanism mechanism) {
        switch (mechanism) {
            // Angus's default order: AUTHENTICATE PLAIN, AUTHENTICATE LOGIN, then the LOGIN command.
            case PASSWORD -> { }
            // Angus's own XOAUTH2 ("user=...^Aauth=Bearer <token>^A^A"), off unless named here.
            case XOAUTH2 -> props.setProperty(prefix + "auth.mechanisms", "XOAUTH2");
            case OAUTHBEARER -> {
                // Through javax.security.sasl, where OAuthBearerProvider registers the client.
                props.setProperty(prefix + "sasl.enable", "true");
                props.setProperty(prefix + "sasl.mechanisms", "OAUTHBEARER");
                // Should SASL be unavailable, the built-in mechanisms must not offer the token as a PLAIN password.
                props.setProperty(prefix + "auth.mechanisms", "OAUTHBEARER");
            }
            // PLAIN carries an authorization identity (RFC 4616); LOGIN cannot, and would sign in as the master user itself.
            case MASTER_USER -> props.setProperty(prefix + "auth.mechanisms", "PLAIN");
        }
    }

    private static String millis(java.time.Duration duration) {
        return Long.toString(Math.max(1, duration.toMillis()));
    }

    private static void refusePlainOverNetwork(MailServerSettings settings) {
        if (settings.security() != MailServerSettings.Security.PLAIN) {
            return;
        }
        String host = settings.host();
        if (!LoopbackHost.only(host)) {
            throw new IllegalStateException("webmail.imap.security=PLAIN would send passwords unencrypted to '" + host
                    + "'. PLAIN is only allowed for a loopback host (localhost, 127.0.0.1, ::1); use TLS or STARTTLS.");
        }
    }
}
