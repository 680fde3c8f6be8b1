package io.vigil.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One event to one webhook: queued, retried with exponential back-off, then delivered or failed. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    enum Status { PENDING, DELIVERED, FAILED }

    static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Id
    private UUID id;
    @Column(name = "webhook_id", nullable = false)
    private UUID webhookId;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(nullable = false)
    private String payload;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_status_code")
    private Integer lastStatusCode;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(UUID id, UUID webhookId, String eventType, String payload, Instant now) {
        this.id = id;
        this.webhookId = webhookId;
        this.eventType = eventType;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void delivered(int statusCode, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** A failed attempt: retry after 1, 2, 4, 8, 16 minutes, then give up. */
    void failed(Integer statusCode, String error, Instant now) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        }
    }

    UUID getId() {
        return id;
    }

    UUID getWebhookId() {
        return webhookId;
    }

    String getEventType() {
        return eventType;
    }

    String getPayload() {
        return payload;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Integer getLastStatusCode() {
        return lastStatusCode;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }
}
