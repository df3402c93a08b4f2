package org.webmail.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A mailbox a user reads here, on the organisation's configured servers. One per user today; the table is
 * separate so identities and further accounts can hang off it.
 */
@Entity
@Table(name = "mail_account")
public class MailAccount extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    @Column(name = "email_address", nullable = false, length = 320)
    public String emailAddress;

    @Column(name = "display_name", length = 200)
    public String displayName;

    @Column(name = "imap_login", nullable = false, length = 320)
    public String imapLogin;

    public static MailAccount findFor(UserAccount user) {
        return find("user", user).firstResult();
    }
}
