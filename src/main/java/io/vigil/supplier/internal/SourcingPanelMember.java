package io.vigil.supplier.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A member of a sourcing event's evaluation panel. Until the member has declared their conflicts of
 * interest (possibly none) they see no bid; a declared conflict with a bidder keeps them from scoring that bid.
 */
@Entity
@Table(name = "supplier_sourcing_panel_member")
class SourcingPanelMember {

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "added_by", nullable = false)
    private UUID addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "declaration_note")
    private String declarationNote;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "supplier_sourcing_conflict", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "supplier_id")
    private Set<UUID> conflicts = new HashSet<>();

    @Version
    private Long version;

    protected SourcingPanelMember() {
    }

    SourcingPanelMember(UUID eventId, UUID userId, UUID addedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.userId = userId;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    void declare(Set<UUID> conflictingSuppliers, String note, Instant now) {
        this.conflicts = new HashSet<>(conflictingSuppliers);
        this.declarationNote = note;
        this.declaredAt = now;
    }

    boolean declared() {
        return declaredAt != null;
    }

    boolean conflictedWith(UUID supplierId) {
        return conflicts.contains(supplierId);
    }

    UUID getId() {
        return id;
    }

    UUID getEventId() {
        return eventId;
    }

    UUID getUserId() {
        return userId;
    }

    Instant getAddedAt() {
        return addedAt;
    }

    Instant getDeclaredAt() {
        return declaredAt;
    }

    String getDeclarationNote() {
        return declarationNote;
    }

    Set<UUID> getConflicts() {
        return conflicts;
    }
}
