package io.vigil.supplier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A portal user's link to their company; immutable (relinking replaces the row). */
@Entity
@Table(name = "supplier_contact_account")
class ContactAccount {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(name = "linked_by", nullable = false)
    private UUID linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ContactAccount() {
    }

    ContactAccount(UUID userId, UUID supplierId, UUID linkedBy, Instant linkedAt) {
        this.userId = userId;
        this.supplierId = supplierId;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    UUID getUserId() {
        return userId;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    Instant getLinkedAt() {
        return linkedAt;
    }
}
