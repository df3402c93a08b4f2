package org.webmail.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The provider account (tenant + subject) that signs a user in; see V4__sso_links.sql. */
@Entity
@Table(name = "sso_link")
public class SsoLink extends PanacheEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", unique = true)
    public UserAccount user;

    @Column(nullable = false, length = 64)
    public String tenant;

    @Column(nullable = false, length = 255)
    public String subject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static SsoLink find(String tenant, String subject) {
        return find("tenant = ?1 and subject = ?2", tenant, subject).firstResult();
    }

    static SsoLink ofUser(UserAccount user) {
        return find("user", user).firstResult();
    }
}
