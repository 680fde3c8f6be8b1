package io.vigil.compliance.internal;

import io.vigil.compliance.ComplianceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What a person decided about one requirement in one assessment: a status overriding the derived
 * one (with its reason) and, for the Statement of Applicability, applicability and implementation.
 */
@Entity
@Table(name = "cmp_assessment_entry")
public class AssessmentEntry {

    public enum Implementation { PLANNED, PARTIAL, IMPLEMENTED }

    @Id
    private UUID id;

    @Column(name = "assessment_id", nullable = false)
    private UUID assessmentId;

    @Column(name = "requirement_id", nullable = false)
    private UUID requirementId;

    @Enumerated(EnumType.STRING)
    private ComplianceStatus status;

    private String reason;

    @Column(nullable = false)
    private boolean applicable = true;

    private String justification;

    @Enumerated(EnumType.STRING)
    private Implementation implementation;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected AssessmentEntry() {
    }

    public AssessmentEntry(UUID id, UUID assessmentId, UUID requirementId, Instant now) {
        this.id = id;
        this.assessmentId = assessmentId;
        this.requirementId = requirementId;
        this.updatedAt = now;
    }

    public void override(ComplianceStatus status, String reason, Instant now) {
        this.status = status;
        this.reason = reason;
        this.updatedAt = now;
    }

    public void applicability(boolean applicable, String justification, Implementation implementation, Instant now) {
        this.applicable = applicable;
        this.justification = justification;
        this.implementation = implementation;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID assessmentId() { return assessmentId; }
    public UUID requirementId() { return requirementId; }
    public ComplianceStatus status() { return status; }
    public String reason() { return reason; }
    public boolean applicable() { return applicable; }
    public String justification() { return justification; }
    public Implementation implementation() { return implementation; }
    public long version() { return version == null ? 0 : version; }
}
