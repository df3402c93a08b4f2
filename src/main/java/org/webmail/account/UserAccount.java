package org.webmail.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** BCP 47 tag chosen on the settings page; null follows the browser's Accept-Language. */
    @Column(length = 16)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Theme theme = Theme.SYSTEM;

    @Enumerated(EnumType.STRING)
    @Column(name = "reading_pane", nullable = false, length = 8)
    public ReadingPane readingPane = ReadingPane.RIGHT;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_content", nullable = false, length = 8)
    public RemoteContentPolicy remoteContent = RemoteContentPolicy.ASK;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    public static UserAccount findByLogin(String login) {
        return find("login", login).firstResult();
    }
}
