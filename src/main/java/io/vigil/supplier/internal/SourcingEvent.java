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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An RFQ, tender or single-source event; who may be invited and awarded is decided by {@link SourcingService}.
 * Its state changes are kept as {@link Transition}s (who, when, why).
 */
@Entity
@Table(name = "supplier_sourcing_event")
class SourcingEvent {

    enum Kind {
        RFQ, TENDER, SINGLE_SOURCE
    }

    /** The lifecycle; the allowed moves are in {@link SourcingLifecycle}. */
    enum State {
        DRAFT, OPEN, EVALUATION, AWARDED, CLOSED, CANCELLED
    }

    /** One state change: who, when and why (kept in order). */
    @Embeddable
    static class Transition {

        @Enumerated(EnumType.STRING)
        @Column(name = "from_state")
        private State from;

        @Enumerated(EnumType.STRING)
        @Column(name = "to_state", nullable = false)
        private State to;

        @Column(name = "actor_id", nullable = false)
        private UUID actorId;

        @Column(name = "changed_at", nullable = false)
        private Instant changedAt;

        @Column(name = "reason")
        private String reason;

        protected Transition() {
        }

        Transition(State from, State to, UUID actorId, Instant changedAt, String reason) {
            this.from = from;
            this.to = to;
            this.actorId = actorId;
            this.changedAt = changedAt;
            this.reason = reason;
        }

        State from() {
            return from;
        }

        State to() {
            return to;
        }

        UUID actorId() {
            return actorId;
        }

        Instant changedAt() {
            return changedAt;
        }

        String reason() {
            return reason;
        }
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

    @Column(name = "price_weight", nullable = false)
    private int priceWeight = SourcingRanking.DEFAULT_PRICE_WEIGHT;

    @Column(name = "awarded_bid_id")
    private UUID awardedBidId;

    @Column(name = "award_not_top_ranked", nullable = false)
    private boolean awardNotTopRanked;

    @Column(name = "awarded_by")
    private UUID awardedBy;

    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "supplier_sourcing_invitation", joinColumns = @JoinColumn(name = "event_id"))
    private Set<Invitation> invitations = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "supplier_sourcing_transition", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "seq")
    private List<Transition> transitions = new ArrayList<>();

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
        this.state = State.DRAFT;
        this.createdAt = now;
        this.stateChangedAt = now;
        this.transitions.add(new Transition(null, State.DRAFT, ownerId, now, null));
    }

    /** Moves to {@code to}; the caller has checked the move against {@link SourcingLifecycle}. */
    void moveTo(State to, UUID actor, Instant now, String reason) {
        transitions.add(new Transition(state, to, actor, now, reason));
        this.state = to;
        this.stateChangedAt = now;
    }

    void setPriceWeight(int priceWeight) {
        this.priceWeight = priceWeight;
    }

    void invite(UUID supplierId, SupplierStatus status, UUID by, Instant now) {
        invitations.add(new Invitation(supplierId, status, by, now));
    }

    boolean invited(UUID supplierId) {
        return invitations.stream().anyMatch(i -> i.supplierId().equals(supplierId));
    }

    void award(UUID bidId, UUID supplierId, String justification, boolean notTopRanked, UUID by, Instant now) {
        moveTo(State.AWARDED, by, now, justification);
        this.awardedBidId = bidId;
        this.awardedSupplierId = supplierId;
        this.awardJustification = justification;
        this.awardNotTopRanked = notTopRanked;
        this.awardedBy = by;
        this.awardedAt = now;
    }

    int getPriceWeight() {
        return priceWeight;
    }

    UUID getAwardedBidId() {
        return awardedBidId;
    }

    boolean isAwardNotTopRanked() {
        return awardNotTopRanked;
    }

    UUID getAwardedBy() {
        return awardedBy;
    }

    Instant getStateChangedAt() {
        return stateChangedAt == null ? createdAt : stateChangedAt;
    }

    List<Transition> getTransitions() {
        return transitions;
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
