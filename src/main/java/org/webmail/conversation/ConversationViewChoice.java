package org.webmail.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user's choice between the conversation list and the message list, one row per user who chose. */
@Entity
@Table(name = "conversation_view")
public class ConversationViewChoice extends PanacheEntityBase {

    @Id
    @Column(length = 320)
    public String login;

    @Column(nullable = false)
    public boolean conversations;
}
