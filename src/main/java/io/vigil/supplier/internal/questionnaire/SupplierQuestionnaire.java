package io.vigil.supplier.internal.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A questionnaire sent to a supplier: the template version it was sent with (never changes), the
 * supplier's answers (a JSON map of question key to values), and once submitted its score and
 * red-line outcome. State changes go through {@link #moveTo}, which applies the transition table.
 */
@Entity
@Table(name = "supplier_questionnaire")
class SupplierQuestionnaire {

    @Id
    private UUID id;

    @Column(name = "template_id", nullable = false)
    private UUID templateId;

    @Column(name = "supplier_id", nullable = false)
    private UUID supplierId;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionnaireState state;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String answers;

    private Integer score;

    @Column(name = "red_line_failed", nullable = false)
    private boolean redLineFailed;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private Long version;

    protected SupplierQuestionnaire() {
    }

    SupplierQuestionnaire(UUID templateId, UUID supplierId, UUID orgUnitId, LocalDate dueDate, String sentBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.templateId = templateId;
        this.supplierId = supplierId;
        this.orgUnitId = orgUnitId;
        this.dueDate = dueDate;
        this.sentBy = sentBy;
        this.sentAt = now;
        this.state = QuestionnaireState.SENT;
        this.answers = "{}";
    }

    void moveTo(QuestionnaireState next) {
        if (!state.canMoveTo(next)) {
            throw new QuestionnaireTransitionException(state, next);
        }
        this.state = next;
    }

    void saveAnswers(String answersJson) {
        moveTo(QuestionnaireState.IN_PROGRESS);
        this.answers = answersJson;
    }

    void submit(String answersJson, Integer score, boolean redLineFailed, Instant now) {
        moveTo(QuestionnaireState.SUBMITTED);
        this.answers = answersJson;
        this.score = score;
        this.redLineFailed = redLineFailed;
        this.submittedAt = now;
    }

    void decide(QuestionnaireState outcome, String note, String by, Instant now) {
        moveTo(outcome);
        this.reviewNote = note;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    boolean overdue(LocalDate today) {
        return state.open() && dueDate.isBefore(today);
    }

    UUID getId() {
        return id;
    }

    UUID getTemplateId() {
        return templateId;
    }

    UUID getSupplierId() {
        return supplierId;
    }

    UUID getOrgUnitId() {
        return orgUnitId;
    }

    QuestionnaireState getState() {
        return state;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    String getAnswers() {
        return answers;
    }

    Integer getScore() {
        return score;
    }

    boolean isRedLineFailed() {
        return redLineFailed;
    }

    String getReviewNote() {
        return reviewNote;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getSentBy() {
        return sentBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
