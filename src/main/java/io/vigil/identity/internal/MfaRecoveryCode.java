package io.vigil.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A one-time recovery code for MFA; only its SHA-256 is kept, the code itself is shown once. */
@Entity
@Table(name = "mfa_recovery_code")
public class MfaRecoveryCode {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MfaRecoveryCode() {
    }

    MfaRecoveryCode(UUID userId, String codeHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    boolean isUnused() {
        return usedAt == null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }
}
