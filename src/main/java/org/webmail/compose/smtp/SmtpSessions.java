package org.webmail.compose.smtp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLSocketFactory;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Session;

import org.webmail.imap.MailCredentials;
import org.webmail.imap.sasl.OAuthBearerProvider;

import io.quarkus.runtime.StartupEvent;

/**
 * Jakarta Mail sessions for submission: every timeout set (Angus Mail's defaults are infinite), TLS host names
 * checked, STARTTLS required when chosen, and PLAIN refused at startup unless the relay is on loopback. This is the
 * one place that chooses the SMTP AUTH mechanism (RFC 4954) for each kind of {@link MailCredentials}.
 */
@ApplicationScoped
public class SmtpSessions {

    private final SmtpSettings settings;
    private final List<Relay> relays = new ArrayList<>();
    private final SSLSocketFactory extraTrust;
    private final ScheduledExecutorService writeTimeouts;
    private final Map<SessionKey, Session> sessions = new ConcurrentHashMap<>();

    @Inject
    public SmtpSessions(SmtpSettings settings) {
        this.settings = settings;
        relays.add(new Relay(settings.host(), settings.port(), settings.security(), false));
        settings.backup().ifPresent(b -> relays.add(new Relay(b.host(), b.port(), b.security(), true)));
        relays.forEach(SmtpSessions::refusePlainOverNetwork);
        this.extraTrust = settings.trustPem().map(org.webmail.imap.ExtraTrustAnchors::socketFactory).orElse(null);
        // One timer thread enforces every connection's write timeout; without it Angus starts a thread per socket.
        this.writeTimeouts = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("smtp-write-timeout").factory());
        OAuthBearerProvider.install();
    }

    /** Creating the bean at startup makes a refused configuration stop the application before the first send. */
    void checkAtStartup(@Observes StartupEvent event) {
        // the constructor did the checking
    }

    /** The primary relay first, then the backup if configured. */
    List<Relay> relays() {
        return relays;
    }

    SmtpSettings settings() {
        return settings;
    }

    /**
     * The session for one relay and one way of signing in, shared by every send through it (the envelope sender
     * travels with each message, see {@link SmtpSubmission}).
     */
    Session session(Relay relay, MailCredentials.Mechanism mechanism) {
        return sessions.computeIfAbsent(new SessionKey(relay, mechanism), key -> create(key.relay(), key.mechanism()));
    }

    private record SessionKey(Relay relay, MailCredentials.Mechanism mechanism) {
    }

    private Session create(Relay relay, MailCredentials.Mechanism mechanism) {
        String prefix = "mail." + protocol(relay) + ".";
        Properties props = new Properties();
        props.setProperty(prefix + "host", relay.host());
        props.setProperty(prefix + "port", Integer.toString(relay.port()));
        props.setProperty(prefix + "auth", "true");
        props.setProperty(prefix + "connectiontimeout", millis(settings.connectTimeout()));
        props.setProperty(prefix + "timeout", millis(settings.readTimeout()));
        props.setProperty(prefix + "writetimeout", millis(settings.writeTimeout()));
        props.put(prefix + "executor.writetimeout", writeTimeouts);
        props.setProperty(prefix + "quitwait", "false"); // closing a kept connection need not wait for the 221
        switch (relay.security()) {
            case TLS -> props.setProperty(prefix + "ssl.checkserveridentity", "true");
            case STARTTLS -> {
                props.setProperty(prefix + "starttls.enable", "true");
                props.setProperty(prefix + "starttls.required", "true"); // never AUTH in cleartext (RFC 3207 section 6)
                props.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case PLAIN -> props.setProperty(prefix + "starttls.enable", "false");
        }
        if (extraTrust != null) {
            props.put(prefix + "ssl.socketFactory", extraTrust);
        }
        signIn(props, prefix, mechanism);
        return Session.getInstance(props);
    }

    /**
     * How Angus presents the credentials. The transport connects with {@link MailCredentials#loginName()} as user and
     * the secret as password; a master user's authorization identity is set on each transport by {@link SmtpConnections}.
     * Only the mechanisms named here are tried: Angus fails the AUTH rather than fall back to another one.
     */
    private static void signIn(Properties props, String prefix, MailCredentials.Mechanism mechanism) {
        switch (mechanism) {
            case PASSWORD -> props.setProperty(prefix + "auth.mechanisms", "PLAIN LOGIN");
            case XOAUTH2 -> {
                // Angus's own XOAUTH2 ("user=...^Aauth=Bearer <token>^A^A"), off unless enabled here.
                props.setProperty(prefix + "auth.mechanisms", "XOAUTH2");
                props.setProperty(prefix + "auth.xoauth2.disable", "false");
            }
            case OAUTHBEARER -> {
                // Through javax.security.sasl, where OAuthBearerProvider registers the client; no built-in
                // mechanism is named, so a server without OAUTHBEARER gets no AUTH at all, never the token as a password.
                props.setProperty(prefix + "sasl.enable", "true");
                props.setProperty(prefix + "sasl.mechanisms", "OAUTHBEARER");
                props.setProperty(prefix + "auth.mechanisms", "OAUTHBEARER");
            }
            // PLAIN carries an authorization identity (RFC 4616); LOGIN cannot, and would sign in as the master user itself.
            case MASTER_USER -> props.setProperty(prefix + "auth.mechanisms", "PLAIN");
        }
    }

    /** "smtps" for implicit TLS, else "smtp". */
    static String protocol(Relay relay) {
        return relay.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
    }

    @PreDestroy
    void close() {
        writeTimeouts.shutdownNow();
    }

    private static String millis(Duration duration) {
        return Long.toString(Math.max(1, duration.toMillis()));
    }

    private static void refusePlainOverNetwork(Relay relay) {
        if (relay.security() == SmtpSettings.Security.PLAIN && !org.webmail.imap.LoopbackHost.only(relay.host())) {
            throw new IllegalStateException("webmail.smtp" + (relay.backup() ? ".backup" : "") + ".security=PLAIN would send passwords "
                    + "unencrypted to '" + relay.host() + "'. PLAIN is only allowed for a loopback host (localhost, 127.0.0.1, ::1); "
                    + "use TLS or STARTTLS.");
        }
    }
}
