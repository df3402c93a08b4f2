package org.webmail.account;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A sender whose remote content a user lets load at once (table trusted_sender, Flyway V7); address lower-cased. */
@Entity
@Table(name = "trusted_sender")
@IdClass(TrustedSender.Key.class)
public class TrustedSender extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Id
    @Column(length = 320)
    public String address;

    /** The table's primary key (user_id, address). */
    public static class Key implements Serializable {
        public Long userId;
        public String address;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(address, key.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, address);
        }
    }
}
