package io.vigil.compliance.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One audit of the programme: its type, plan, scope and auditors. The external auditors it names
 * read its scope (the audit, its findings, the controls, evidence and assessments of its org unit
 * and the units below) while its planned dates run, the fieldwork window: see {@link AuditEngagements}.
 */
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

    @Column(name = "audit_plan")
    private String plan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cmp_audit_auditor", joinColumns = @JoinColumn(name = "audit_id"))
    @Column(name = "user_id")
    private Set<UUID> externalAuditorIds = new LinkedHashSet<>();

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

    /** New values from the edit form or API; the status moves freely between the three (no side effects). */
    public void update(String title, Type type, UUID orgUnitId, String scope, UUID frameworkId, String auditors,
            String plan, Set<UUID> externalAuditorIds, LocalDate plannedStart, LocalDate plannedEnd, Status status,
            Instant now) {
        this.title = title;
        this.type = type;
        this.orgUnitId = orgUnitId;
        this.scope = scope;
        this.frameworkId = frameworkId;
        this.auditors = auditors;
        this.plan = plan;
        this.externalAuditorIds.clear();
        this.externalAuditorIds.addAll(externalAuditorIds);
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        if (status != null) {
            this.status = status;
        }
        this.updatedAt = now;
    }

    /** The fieldwork window: named external auditors read the scope from the first to the last planned day. */
    public boolean fieldworkOpen(LocalDate day) {
        return !day.isBefore(plannedStart) && !day.isAfter(plannedEnd);
    }

    public java.util.Map<String, Object> audited() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("title", title);
        m.put("type", type);
        m.put("orgUnitId", orgUnitId);
        m.put("scope", scope);
        m.put("plannedStart", plannedStart);
        m.put("plannedEnd", plannedEnd);
        m.put("status", status);
        m.put("externalAuditors", externalAuditorIds.stream().map(UUID::toString).sorted()
                .collect(java.util.stream.Collectors.joining(",")));
        return m;
    }

    public UUID id() { return id; }
    public String plan() { return plan; }
    public Set<UUID> externalAuditorIds() { return Set.copyOf(externalAuditorIds); }
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
