package org.webmail.compose.smtp;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One message of the outbox with everything needed to send it again after a restart, and its delivery record. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntity {

    @Column(nullable = false, length = 320)
    public String login;

    @Column(name = "envelope_from", nullable = false, length = 320)
    public String envelopeFrom;

    /** One address per line. */
    @Column(nullable = false, length = 100000)
    public String recipients;

    @Column(name = "message_id", nullable = false, length = 998)
    public String messageId;

    @Column(length = 998)
    public String subject;

    @Column(nullable = false)
    public byte[] message;

    @Column(name = "draft_folder", length = 1000)
    public String draftFolder;

    @Column(name = "draft_uid")
    public Long draftUid;

    @Column(name = "original_folder", length = 1000)
    public String originalFolder;

    @Column(name = "original_uid")
    public Long originalUid;

    @Column(nullable = false)
    public boolean forwarded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DeliveryState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(length = 400)
    public String relay;

    @Column(name = "last_reply", length = 2000)
    public String lastReply;

    @Column(length = 2000)
    public String explanation;

    @Column(name = "follow_up_note", length = 2000)
    public String followUpNote;

    List<String> recipientList() {
        return Arrays.stream(recipients.split("\n")).filter(r -> !r.isBlank()).toList();
    }

    OutgoingMessage.AfterSend afterSend() {
        return new OutgoingMessage.AfterSend(draftFolder, draftUid, originalFolder, originalUid, forwarded);
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, messageId, subject, recipientList(), state.shown(), createdAt, finishedAt,
                state == DeliveryState.WAITING_TO_RETRY ? nextAttemptAt : null, attempts, relay, lastReply,
                state == DeliveryState.SENT ? followUpNote : explanation); // once sent, only a failed follow-up needs words
    }
}
