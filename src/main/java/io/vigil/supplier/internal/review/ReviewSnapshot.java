package io.vigil.supplier.internal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * What a completed review found, written once: score, grade, proposal, the red-line event that
 * decided it (if any) and, as JSON, every criterion's weight, mean and contribution and every
 * evaluator's scores. Hibernate never updates it ({@link Immutable}), there is no update path in
 * the code, and on PostgreSQL a trigger rejects UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "supplier_review_snapshot")
class ReviewSnapshot {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(nullable = false)
    private String period;

    private BigDecimal score;

    @Column(nullable = false)
    private String grade;

    private String proposal;

    @Column(name = "red_line")
    private String redLine;

    @Column(nullable = false)
    private String content;

    @Column(name = "completed_by", nullable = false)
    private UUID completedBy;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected ReviewSnapshot() {
    }

    ReviewSnapshot(Review review, String redLine, String content, UUID completedBy, Instant completedAt) {
        this.reviewId = review.getId();
        this.supplierId = review.getSupplierId();
        this.period = review.getPeriod();
        this.score = review.getScore() == null ? null : BigDecimal.valueOf(review.getScore());
        this.grade = review.getGrade();
        this.proposal = review.getProposal() == null ? null : review.getProposal().name();
        this.redLine = redLine;
        this.content = content;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    UUID getReviewId() {
        return reviewId;
    }

    Double getScore() {
        return score == null ? null : score.doubleValue();
    }

    String getGrade() {
        return grade;
    }

    String getProposal() {
        return proposal;
    }

    String getRedLine() {
        return redLine;
    }

    String getContent() {
        return content;
    }

    UUID getCompletedBy() {
        return completedBy;
    }

    Instant getCompletedAt() {
        return completedAt;
    }
}
