package io.vigil.supplier.internal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One agreed action: OPEN → SUBMITTED (the supplier responded in the portal) → DONE (accepted by
 * procurement) or back to OPEN with a note.
 */
@Entity
@Table(name = "supplier_rectification_action")
class RectificationAction {

    enum Status {
        OPEN, SUBMITTED, DONE
    }

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private RectificationPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "supplier_response")
    private String supplierResponse;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "review_note")
    private String reviewNote;

    protected RectificationAction() {
    }

    RectificationAction(RectificationPlan plan, int position, String title, UUID ownerId, LocalDate deadline) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.position = position;
        this.title = title;
        this.ownerId = ownerId;
        this.deadline = deadline;
        this.status = Status.OPEN;
    }

    void respond(String response, Instant now) {
        this.supplierResponse = response;
        this.respondedAt = now;
        this.status = Status.SUBMITTED;
    }

    void accept(String note) {
        this.status = Status.DONE;
        this.reviewNote = note;
    }

    void reopen(String note) {
        this.status = Status.OPEN;
        this.reviewNote = note;
    }

    UUID getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    Status getStatus() {
        return status;
    }

    String getSupplierResponse() {
        return supplierResponse;
    }

    Instant getRespondedAt() {
        return respondedAt;
    }

    String getReviewNote() {
        return reviewNote;
    }
}
