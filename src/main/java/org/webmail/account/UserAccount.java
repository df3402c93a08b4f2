package org.webmail.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person who has signed in at least once, keyed by their mail login; their preferences. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 320)
    public String login;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @Column(name = "page_size", nullable = false)
    public int pageSize;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    public static UserAccount findByLogin(String login) {
        return find("login", login).firstResult();
    }
}
