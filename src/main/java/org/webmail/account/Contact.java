package org.webmail.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An address a user wrote to or read mail from, with how often: the ranking of address autocomplete. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    /** Lower-cased, so that one person is one row whatever case their mail used. */
    @Column(nullable = false, length = 320)
    public String address;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "sent_count", nullable = false)
    public int sentCount;

    @Column(name = "seen_count", nullable = false)
    public int seenCount;

    @Column(name = "last_used_at", nullable = false)
    public Instant lastUsedAt;

    /** Locked for update, so that counts from two tabs add up rather than overwrite each other. */
    public static Contact findFor(UserAccount user, String address) {
        return find("user = ?1 and address = ?2", user, address).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
