package io.vigil.supplier.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** One invited supplier's bid, recorded by staff on the supplier's behalf, with the panel's technical scores. */
@Entity
@Table(name = "supplier_sourcing_bid")
class SourcingBid {

    /** One panel member's technical score (0–100) of this bid; a member may revise it during evaluation. */
    @Embeddable
    static class Score {

        @Column(name = "member_user_id", nullable = false)
        private UUID memberUserId;

        @Column(name = "score", nullable = false)
        private int score;

        @Column(name = "comment")
        private String comment;

        @Column(name = "scored_at", nullable = false)
        private Instant scoredAt;

        protected Score() {
        }

        Score(UUID memberUserId, int score, String comment, Instant scoredAt) {
            this.memberUserId = memberUserId;
            this.score = score;
            this.comment = comment;
            this.scoredAt = scoredAt;
        }

        UUID memberUserId() {
            return memberUserId;
        }

        int score() {
            return score;
        }

        String comment() {
            return comment;
        }

        Instant scoredAt() {
            return scoredAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Score s && Objects.equals(s.memberUserId, memberUserId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(memberUserId);
        }
    }

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    private String notes;

    private String documents;

    @Column(name = "submitted_by", nullable = false)
    private UUID submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "supplier_sourcing_score", joinColumns = @JoinColumn(name = "bid_id"))
    private Set<Score> scores = new HashSet<>();

    @Version
    private Long version;

    protected SourcingBid() {
    }

    SourcingBid(UUID eventId, UUID supplierId, BigDecimal amount, String currency, String notes, String documents,
            UUID submittedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.supplierId = supplierId;
        this.amount = amount;
        this.currency = currency;
        this.notes = notes;
        this.documents = documents;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    /** Records or replaces the member's score. */
    void score(UUID member, int value, String comment, Instant now) {
        scores.removeIf(s -> s.memberUserId().equals(member));
        scores.add(new Score(member, value, comment, now));
    }

    boolean scoredBy(UUID member) {
        return scores.stream().anyMatch(s -> s.memberUserId().equals(member));
    }

    List<Integer> scoreValues() {
        return scores.stream().map(Score::score).toList();
    }

    UUID getId() {
        return id;
    }

    UUID getEventId() {
        return eventId;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    String getNotes() {
        return notes;
    }

    String getDocuments() {
        return documents;
    }

    UUID getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Set<Score> getScores() {
        return scores;
    }
}
