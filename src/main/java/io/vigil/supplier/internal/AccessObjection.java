package io.vigil.supplier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An objection to a shortlist announcement; it blocks the stage until it is resolved. */
@Entity
@Table(name = "supplier_access_objection")
class AccessObjection {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    /** Who objected (often outside Vigil: another bidder, a department), as they signed it. */
    @Column(nullable = false)
    private String objector;

    @Column(nullable = false)
    private String text;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    private String resolution;

    @Column(name = "resolved_by")
    private UUID resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private Long version;

    protected AccessObjection() {
    }

    AccessObjection(UUID caseId, String objector, String text, LocalDate raisedOn, UUID recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.objector = objector;
        this.text = text;
        this.raisedOn = raisedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void resolve(String resolution, UUID by, Instant now) {
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    boolean isResolved() {
        return resolvedAt != null;
    }

    UUID getId() {
        return id;
    }

    UUID getCaseId() {
        return caseId;
    }

    String getObjector() {
        return objector;
    }

    String getText() {
        return text;
    }

    LocalDate getRaisedOn() {
        return raisedOn;
    }

    UUID getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    String getResolution() {
        return resolution;
    }

    UUID getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }
}
