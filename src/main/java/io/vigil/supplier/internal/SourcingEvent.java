package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An RFQ, tender or single-source event; who may be invited and awarded is decided by {@link SourcingService}. */
@Entity
@Table(name = "supplier_sourcing_event")
class SourcingEvent {

    enum Kind {
        RFQ, TENDER, SINGLE_SOURCE
    }

    enum State {
        OPEN, AWARDED
    }

    /** The supplier's status when invited is kept: a RECTIFYING invitation carried a warning. */
    @Embeddable
    static class Invitation {

        @Column(name = "supplier_id", nullable = false)
        private UUID supplierId;

        @Enumerated(EnumType.STRING)
        @Column(name = "supplier_status", nullable = false)
        private SupplierStatus supplierStatus;

        @Column(name = "invited_by", nullable = false)
        private UUID invitedBy;

        @Column(name = "invited_at", nullable = false)
        private Instant invitedAt;

        protected Invitation() {
        }

        Invitation(UUID supplierId, SupplierStatus supplierStatus, UUID invitedBy, Instant invitedAt) {
            this.supplierId = supplierId;
            this.supplierStatus = supplierStatus;
            this.invitedBy = invitedBy;
            this.invitedAt = invitedAt;
        }

        UUID supplierId() {
            return supplierId;
        }

        SupplierStatus supplierStatus() {
            return supplierStatus;
        }

        Instant invitedAt() {
            return invitedAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Invitation i && Objects.equals(i.supplierId, supplierId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(supplierId);
        }
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private BigDecimal budget;

    @Column(nullable = false)
    private String currency;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "awarded_supplier_id")
    private UUID awardedSupplierId;

    @Column(name = "award_justification")
    private String awardJustification;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_sourcing_invitation", joinColumns = @JoinColumn(name = "event_id"))
    private Set<Invitation> invitations = new HashSet<>();

    @Version
    private Long version;

    protected SourcingEvent() {
    }

    SourcingEvent(String title, Kind kind, String category, BigDecimal budget, String currency, UUID orgUnitId,
            UUID ownerId, Instant now) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.kind = kind;
        this.category = category;
        this.budget = budget;
        this.currency = currency;
        this.orgUnitId = orgUnitId;
        this.ownerId = ownerId;
        this.state = State.OPEN;
        this.createdAt = now;
    }

    void invite(UUID supplierId, SupplierStatus status, UUID by, Instant now) {
        invitations.add(new Invitation(supplierId, status, by, now));
    }

    boolean invited(UUID supplierId) {
        return invitations.stream().anyMatch(i -> i.supplierId().equals(supplierId));
    }

    void award(UUID supplierId, String justification, Instant now) {
        this.state = State.AWARDED;
        this.awardedSupplierId = supplierId;
        this.awardJustification = justification;
        this.awardedAt = now;
    }

    UUID getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    Kind getKind() {
        return kind;
    }

    String getCategory() {
        return category;
    }

    BigDecimal getBudget() {
        return budget;
    }

    String getCurrency() {
        return currency;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    State getState() {
        return state;
    }

    UUID getAwardedSupplierId() {
        return awardedSupplierId;
    }

    String getAwardJustification() {
        return awardJustification;
    }

    Instant getAwardedAt() {
        return awardedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<Invitation> getInvitations() {
        return invitations;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
