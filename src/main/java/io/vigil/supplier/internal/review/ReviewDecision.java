package io.vigil.supplier.internal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A person's confirmation of a completed review's proposal, or its override with a reason; written
 * once, like the snapshot. {@code decision} is the status decided ({@code KEEP} for no change);
 * {@code outcome} says what happened to the classification: APPLIED, UNCHANGED or PENDING_APPROVAL.
 */
@Entity
@Immutable
@Table(name = "supplier_review_decision")
class ReviewDecision {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    private String proposal;

    @Column(nullable = false)
    private String decision;

    @Column(nullable = false)
    private boolean overridden;

    @Column(nullable = false)
    private String outcome;

    private String reason;

    @Column(name = "decided_by", nullable = false)
    private UUID decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(UUID reviewId, String proposal, String decision, boolean overridden, String outcome, String reason,
            UUID decidedBy, Instant decidedAt) {
        this.reviewId = reviewId;
        this.proposal = proposal;
        this.decision = decision;
        this.overridden = overridden;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    String getProposal() {
        return proposal;
    }

    String getDecision() {
        return decision;
    }

    boolean isOverridden() {
        return overridden;
    }

    String getOutcome() {
        return outcome;
    }

    String getReason() {
        return reason;
    }

    UUID getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
