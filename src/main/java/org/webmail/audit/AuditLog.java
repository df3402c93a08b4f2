package org.webmail.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.webmail.account.UserSignedIn;
import org.webmail.account.UserSignedOut;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Records sign-ins, refused sign-ins and sign-outs: a row in audit_event (the user's "recent sign-ins", an
 * administrator's questions) and one line on the log category {@code webmail.audit} (for the log pipeline). Only
 * who, what, when and from where: never a password or token. Each record is its own transaction, so it stays even
 * when the work around it fails, and a failing record never stops a sign-in.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("webmail.audit");
    private static final Logger PROBLEMS = Logger.getLogger(AuditLog.class);

    /** One sign-in as the settings page lists it. */
    public record SignIn(Instant at, String method, String clientAddress) {
    }

    @ConfigProperty(name = "webmail.audit.retention")
    Duration retention;

    Clock clock = Clock.systemUTC();

    void signedIn(@Observes UserSignedIn event) {
        record(AuditEvent.Kind.SIGN_IN, event.login(), event.clientAddress(), event.method());
    }

    void signedOut(@Observes UserSignedOut event) {
        record(AuditEvent.Kind.SIGN_OUT, event.login(), event.clientAddress(), event.reason());
    }

    /** A sign-in that was refused: {@code reason} is a short code ("wrong_password", "rate_limited"), never a secret. */
    public void refused(String login, String method, String reason, String clientAddress) {
        record(AuditEvent.Kind.SIGN_IN_REFUSED, login, clientAddress, method + " " + reason);
    }

    /** A session that ended by itself (idle too long). */
    public void expired(String login) {
        record(AuditEvent.Kind.SIGN_OUT, login, null, "idle");
    }

    /** The user's latest successful sign-ins, newest first. */
    public List<SignIn> recentSignIns(String login, int count) {
        return QuarkusTransaction.joiningExisting().call(() -> AuditEvent.<AuditEvent>find(
                        "login = ?1 and kind = ?2 order by occurredAt desc, id desc", login, AuditEvent.Kind.SIGN_IN)
                .page(0, count).list().stream().map(e -> new SignIn(e.occurredAt, e.detail, e.clientAddress)).toList());
    }

    @Scheduled(every = "6h", delayed = "10m")
    void prune() {
        Instant before = clock.instant().minus(retention);
        long removed = QuarkusTransaction.requiringNew().call(() -> AuditEvent.delete("occurredAt < ?1", before));
        if (removed > 0) {
            PROBLEMS.infof("removed %d audit events older than %s", removed, retention);
        }
    }

    private void record(AuditEvent.Kind kind, String login, String clientAddress, String detail) {
        String who = clean(login, 320);
        String from = clean(clientAddress, 64);
        String what = clean(detail, 200);
        LOG.infof("%s login=%s address=%s detail=%s", kind, who, from, what);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AuditEvent event = new AuditEvent();
                event.occurredAt = clock.instant();
                event.login = who;
                event.kind = kind;
                event.clientAddress = from;
                event.detail = what;
                event.persist();
            });
        } catch (RuntimeException e) {
            PROBLEMS.warnf("audit event %s of %s not stored: %s", kind, who, e.toString());
        }
    }

    /** Typed text goes into a log line: no line breaks or other controls (a forged second line), and bounded. */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("\\p{Cntrl}", "?");
        return plain.length() > max ? plain.substring(0, max) : plain;
    }
}
