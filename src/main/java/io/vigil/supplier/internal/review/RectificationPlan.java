package io.vigil.supplier.internal.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A rectification plan for a RECTIFYING supplier: the issues found, the actions agreed (owner,
 * deadline, status) and the verification that ends it (passed → QUALIFIED, failed → UNQUALIFIED).
 */
@Entity
@Table(name = "supplier_rectification_plan")
class RectificationPlan {

    enum State {
        OPEN, PASSED, FAILED
    }

    @Id
    private UUID id;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(name = "review_id")
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private String issues;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "verified_by")
    private UUID verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_note")
    private String verificationNote;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<RectificationAction> actions = new ArrayList<>();

    @Version
    private Long version;

    protected RectificationPlan() {
    }

    RectificationPlan(UUID supplierId, UUID reviewId, List<String> issues, LocalDate dueDate, Instant now) {
        this.id = UUID.randomUUID();
        this.supplierId = supplierId;
        this.reviewId = reviewId;
        this.state = State.OPEN;
        this.issues = String.join("\n", issues);
        this.dueDate = dueDate;
        this.openedAt = now;
    }

    RectificationAction addAction(String title, UUID ownerId, LocalDate deadline) {
        RectificationAction action = new RectificationAction(this, actions.size() + 1, title, ownerId, deadline);
        actions.add(action);
        return action;
    }

    Optional<RectificationAction> action(UUID actionId) {
        return actions.stream().filter(a -> a.getId().equals(actionId)).findFirst();
    }

    void setIssues(List<String> lines) {
        this.issues = String.join("\n", lines);
    }

    void verify(boolean passed, String note, UUID by, Instant now) {
        this.state = passed ? State.PASSED : State.FAILED;
        this.verificationNote = note;
        this.verifiedBy = by;
        this.verifiedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    UUID getReviewId() {
        return reviewId;
    }

    State getState() {
        return state;
    }

    List<String> getIssues() {
        return issues.isBlank() ? List.of() : Arrays.stream(issues.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    UUID getVerifiedBy() {
        return verifiedBy;
    }

    Instant getVerifiedAt() {
        return verifiedAt;
    }

    String getVerificationNote() {
        return verificationNote;
    }

    List<RectificationAction> getActions() {
        return List.copyOf(actions);
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
