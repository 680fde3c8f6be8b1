package io.vigil.task.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's calendar feed secret, stored as its SHA-256 only; one per user, replaced on renewal. */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken {

    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeedToken() {
    }

    CalendarFeedToken(UUID userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void renew(String newHash, Instant now) {
        this.tokenHash = newHash;
        this.createdAt = now;
    }

    UUID getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
