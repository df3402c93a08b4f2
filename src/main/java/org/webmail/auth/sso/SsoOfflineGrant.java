package org.webmail.auth.sso;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A user's sealed refresh token (see V5__sso_offline_grants.sql and {@link TokenSeal}). */
@Entity
@Table(name = "sso_offline_grant")
public class SsoOfflineGrant extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 320)
    public String login;

    @Column(nullable = false, length = 64)
    public String tenant;

    @Column(name = "sealed_token", nullable = false)
    public byte[] sealedToken;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static SsoOfflineGrant of(String login) {
        return find("login", login).firstResult();
    }
}
