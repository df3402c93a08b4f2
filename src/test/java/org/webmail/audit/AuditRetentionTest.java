package org.webmail.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.webmail.support.GreenMailTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Audit rows older than webmail.audit.retention (180 days) go at the scheduled pruning; newer ones stay. */
@QuarkusTest
@WithTestResource(GreenMailTestResource.class)
class AuditRetentionTest {

    @Inject
    AuditLog audit;

    @Test
    void rowsPastTheRetentionArePrunedAndRecentOnesKept() {
        String login = "audit-retention-" + System.nanoTime() + "@example.test";
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            row(login, now.minus(Duration.ofDays(181)), "password");
            row(login, now.minus(Duration.ofDays(179)), "sso:keycloak");
        });
        audit.prune();
        List<AuditLog.SignIn> left = audit.recentSignIns(login, 10);
        assertEquals(1, left.size());
        assertEquals("sso:keycloak", left.get(0).method());
    }

    @Test
    void aLineBreakInATypedLoginCannotForgeASecondLogLine() {
        assertEquals("ann@example.test??SIGN_IN login=eve", AuditLog.clean("ann@example.test\r\nSIGN_IN login=eve", 320));
        assertEquals(320, AuditLog.clean("x".repeat(1000), 320).length());
    }

    private static void row(String login, Instant at, String method) {
        AuditEvent event = new AuditEvent();
        event.login = login;
        event.kind = AuditEvent.Kind.SIGN_IN;
        event.occurredAt = at;
        event.detail = method;
        event.clientAddress = "192.0.2.1";
        event.persist();
    }
}
