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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One corrective action of a finding: root cause, action, owner and due date, tracked as a task.
 * OPEN → IMPLEMENTED (the owner reports it done) → CLOSED once its effectiveness was verified; a
 * verification that finds it ineffective sends it back to OPEN with a new task.
 */
@Entity
@Table(name = "cmp_corrective_action")
public class CorrectiveAction {

    public enum Status { OPEN, IMPLEMENTED, CLOSED }

    @Id
    private UUID id;

    @Column(name = "finding_id", nullable = false)
    private UUID findingId;

    @Column(name = "root_cause", nullable = false)
    private String rootCause;

    @Column(nullable = false)
    private String action;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "implemented_on")
    private LocalDate implementedOn;

    @Column(name = "implementation_note")
    private String implementationNote;

    private String verification;

    private Boolean effective;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected CorrectiveAction() {
    }

    public CorrectiveAction(UUID id, UUID findingId, String rootCause, String action, UUID ownerId, LocalDate dueOn,
            Instant now) {
        this.id = id;
        this.findingId = findingId;
        this.status = Status.OPEN;
        this.createdAt = now;
        plan(rootCause, action, ownerId, dueOn, now);
    }

    public void plan(String rootCause, String action, UUID ownerId, LocalDate dueOn, Instant now) {
        this.rootCause = rootCause;
        this.action = action;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.updatedAt = now;
    }

    public void implemented(String note, LocalDate on, Instant now) {
        this.status = Status.IMPLEMENTED;
        this.implementationNote = note;
        this.implementedOn = on;
        this.updatedAt = now;
    }

    /** Effective: closed. Not effective: open again (the verification is kept as the reason). */
    public void verified(String verification, boolean effective, LocalDate on, Instant now) {
        this.verification = verification;
        this.effective = effective;
        if (effective) {
            this.status = Status.CLOSED;
            this.closedOn = on;
        } else {
            this.status = Status.OPEN;
            this.implementedOn = null;
        }
        this.updatedAt = now;
    }

    public Map<String, Object> audited() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rootCause", rootCause);
        m.put("action", action);
        m.put("ownerId", ownerId);
        m.put("dueOn", dueOn);
        m.put("status", status);
        m.put("verification", verification);
        m.put("effective", effective);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    public UUID id() { return id; }
    public UUID findingId() { return findingId; }
    public String rootCause() { return rootCause; }
    public String action() { return action; }
    public UUID ownerId() { return ownerId; }
    public LocalDate dueOn() { return dueOn; }
    public Status status() { return status; }
    public LocalDate implementedOn() { return implementedOn; }
    public String implementationNote() { return implementationNote; }
    public String verification() { return verification; }
    public Boolean effective() { return effective; }
    public LocalDate closedOn() { return closedOn; }
    public long version() { return version == null ? 0 : version; }
}
