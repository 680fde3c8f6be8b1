package io.vigil.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to one user: their in-app inbox entry and, through {@link EmailState}, the e-mail
 * outbox. Subject and body are rendered in the recipient's language when it is created.
 */
@Entity
@Table(name = "notification")
class Notification {

    /** PENDING: to e-mail now; DIGEST: to e-mail in the next digest; SENT; NONE: not e-mailed. */
    enum EmailState { PENDING, DIGEST, SENT, NONE }

    @Id
    private UUID id;
    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    private String link;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "email_state", nullable = false)
    private EmailState emailState;
    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    Notification(UUID recipientId, String kind, String subject, String body, String link, EmailState emailState,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.kind = kind;
        this.subject = truncate(subject, 500);
        this.body = truncate(body, 4000);
        this.link = link;
        this.emailState = emailState;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void markEmailed(Instant now) {
        emailState = EmailState.SENT;
        emailedAt = now;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    io.vigil.notification.NotificationView toView() {
        return new io.vigil.notification.NotificationView(id, kind, subject, body, link, createdAt, readAt);
    }

    UUID getId() {
        return id;
    }

    UUID getRecipientId() {
        return recipientId;
    }

    String getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    EmailState getEmailState() {
        return emailState;
    }
}
