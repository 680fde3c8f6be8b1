package io.vigil.compliance.internal;

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
 * An audit finding: open, with corrective actions planned ({@link CorrectiveAction}, several per
 * finding), or closed after the verification of their effectiveness.
 */
@Entity
@Table(name = "cmp_finding")
public class AuditFinding {

    public enum Severity {
        MAJOR, MINOR, OBSERVATION, OPPORTUNITY;

        /** Nonconformities need a corrective action before they can be closed. */
        public boolean nonconformity() {
            return this == MAJOR || this == MINOR;
        }
    }

    public enum Status { OPEN, ACTION_PLANNED, CLOSED }

    @Id
    private UUID id;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "requirement_id")
    private UUID requirementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String verification;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected AuditFinding() {
    }

    public AuditFinding(UUID id, UUID auditId, Severity severity, String title, String description, UUID requirementId,
            Instant now) {
        this.id = id;
        this.auditId = auditId;
        this.severity = severity;
        this.title = title;
        this.description = description;
        this.requirementId = requirementId;
        this.status = Status.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void actionPlanned(Instant now) {
        this.status = Status.ACTION_PLANNED;
        this.updatedAt = now;
    }

    public void close(String verification, LocalDate on, Instant now) {
        this.verification = verification;
        this.closedOn = on;
        this.status = Status.CLOSED;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public UUID auditId() { return auditId; }
    public Severity severity() { return severity; }
    public String title() { return title; }
    public String description() { return description; }
    public UUID requirementId() { return requirementId; }
    public Status status() { return status; }
    public String verification() { return verification; }
    public LocalDate closedOn() { return closedOn; }
    public long version() { return version == null ? 0 : version; }
}
