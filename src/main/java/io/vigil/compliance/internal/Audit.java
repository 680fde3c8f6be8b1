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

/** One audit of the programme: its type, plan, scope and auditors. */
// a distinct entity name: "Audit" is too likely to clash with another module's
@Entity(name = "ComplianceAudit")
@Table(name = "cmp_audit")
public class Audit {

    public enum Type { INTERNAL_IT, EXTERNAL_IT, COMPLIANCE, CERTIFICATION_STAGE1, CERTIFICATION_STAGE2, SURVEILLANCE,
        RECERTIFICATION, CLASSIFIED_PROTECTION }

    public enum Status { PLANNED, IN_PROGRESS, COMPLETED }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type", nullable = false)
    private Type type;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(nullable = false)
    private String scope;

    @Column(name = "framework_id")
    private UUID frameworkId;

    private String auditors;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Audit() {
    }

    public Audit(UUID id, String title, Type type, UUID orgUnitId, String scope, UUID frameworkId, String auditors,
            LocalDate plannedStart, LocalDate plannedEnd, Instant now) {
        this.id = id;
        this.title = title;
        this.type = type;
        this.orgUnitId = orgUnitId;
        this.scope = scope;
        this.frameworkId = frameworkId;
        this.auditors = auditors;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.status = Status.PLANNED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public Type type() { return type; }
    public UUID orgUnitId() { return orgUnitId; }
    public String scope() { return scope; }
    public UUID frameworkId() { return frameworkId; }
    public String auditors() { return auditors; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedEnd() { return plannedEnd; }
    public Status status() { return status; }
    public long version() { return version == null ? 0 : version; }
}
