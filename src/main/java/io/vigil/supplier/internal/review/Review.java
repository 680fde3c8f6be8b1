package io.vigil.supplier.internal.review;

import io.vigil.supplier.SupplierStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A performance and ESG review of one supplier for one period (OPEN → COMPLETED → CONFIRMED). Once
 * completed, scores and red-line events are frozen here and in the {@link ReviewSnapshot}.
 */
@Entity
@Table(name = "supplier_review")
class Review {

    enum State {
        OPEN, COMPLETED, CONFIRMED
    }

    @Embeddable
    record Evaluator(@Column(name = "user_id") UUID userId, boolean conflict, String note,
            @Column(name = "declared_at") Instant declaredAt) {
    }

    @Embeddable
    record Score(@Column(name = "user_id") UUID userId, @Column(name = "criterion_code") String criterion,
            Integer score, @Column(name = "scored_at") Instant scoredAt) {
    }

    @Embeddable
    record RedLine(UUID id, @Enumerated(EnumType.STRING) RedLineKind kind, String description,
            @Column(name = "recorded_by") UUID recordedBy, @Column(name = "recorded_at") Instant recordedAt) {
    }

    @Id
    private UUID id;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(nullable = false)
    private String period;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    private BigDecimal score;

    private String grade;

    @Enumerated(EnumType.STRING)
    private SupplierStatus proposal;

    private String decision;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "supplier_review_evaluator", joinColumns = @JoinColumn(name = "review_id"))
    private List<Evaluator> evaluators = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "supplier_review_score", joinColumns = @JoinColumn(name = "review_id"))
    private List<Score> scores = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "supplier_review_red_line", joinColumns = @JoinColumn(name = "review_id"))
    private List<RedLine> redLines = new ArrayList<>();

    @Version
    private Long version;

    protected Review() {
    }

    Review(UUID supplierId, ReviewPeriod period, Instant now) {
        this.id = UUID.randomUUID();
        this.supplierId = supplierId;
        this.period = period.code();
        this.periodStart = period.start();
        this.dueDate = period.end();
        this.state = State.OPEN;
        this.openedAt = now;
    }

    Optional<Evaluator> evaluator(UUID userId) {
        return evaluators.stream().filter(e -> e.userId().equals(userId)).findFirst();
    }

    void declare(UUID userId, boolean conflict, String note, Instant now) {
        evaluators.add(new Evaluator(userId, conflict, note, now));
    }

    /** Replaces this evaluator's scores (null = no data for that criterion). */
    void score(UUID userId, java.util.Map<String, Integer> byCriterion, Instant now) {
        scores.removeIf(s -> s.userId().equals(userId));
        byCriterion.forEach((code, value) -> scores.add(new Score(userId, code, value, now)));
    }

    void addRedLine(RedLineKind kind, String description, UUID by, Instant now) {
        redLines.add(new RedLine(UUID.randomUUID(), kind, description, by, now));
    }

    void complete(Double score, Grade grade, SupplierStatus proposal, Instant now) {
        this.state = State.COMPLETED;
        this.score = score == null ? null : BigDecimal.valueOf(score);
        this.grade = grade.name();
        this.proposal = proposal;
        this.completedAt = now;
    }

    void confirm(String decision, Instant now) {
        this.state = State.CONFIRMED;
        this.decision = decision;
        this.confirmedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    String getPeriod() {
        return period;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    State getState() {
        return state;
    }

    Double getScore() {
        return score == null ? null : score.doubleValue();
    }

    String getGrade() {
        return grade;
    }

    SupplierStatus getProposal() {
        return proposal;
    }

    String getDecision() {
        return decision;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    List<Evaluator> getEvaluators() {
        return List.copyOf(evaluators);
    }

    List<Score> getScores() {
        return List.copyOf(scores);
    }

    List<RedLine> getRedLines() {
        return List.copyOf(redLines);
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
