package org.webmail.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One sign-in, refused sign-in or sign-out (table audit_event, Flyway V8). Never holds a secret. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {

    public enum Kind {
        SIGN_IN, SIGN_IN_REFUSED, SIGN_OUT
    }

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The login as typed or vouched for (lower-cased by the sign-in that knows it), at most 320 characters. */
    @Column(nullable = false, length = 320)
    public String login;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    @Column(name = "client_address", length = 64)
    public String clientAddress;

    /** The method and, for a refusal or a sign-out, the reason code: "password wrong_password", "sso:keycloak". */
    @Column(length = 200)
    public String detail;
}
