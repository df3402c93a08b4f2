package org.webmail.account;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A stored From identity of a mail account; {@link Identity} is how the rest of the application sees it. */
@Entity
@Table(name = "identity")
public class SenderIdentity extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mail_account_id")
    public MailAccount mailAccount;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 320)
    public String address;

    @Column(name = "reply_to", length = 320)
    public String replyTo;

    @Column(name = "signature_text", nullable = false, length = 10000)
    public String signatureText;

    @Column(name = "signature_html", nullable = false, length = 50000)
    public String signatureHtml;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    /** The account's identities, the default first, then in the order they were added. */
    public static List<SenderIdentity> listFor(MailAccount account) {
        return list("mailAccount = ?1 order by isDefault desc, id", account);
    }

    public Identity toIdentity() {
        return new Identity(id, name, address, replyTo, signatureText, signatureHtml, isDefault);
    }
}
