package io.vigil.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A system filed under MLPS 2.0 with the public security bureau. Level 3 systems are assessed at
 * least yearly, level 4 every six months (Administrative Measures for Classified Protection, 2007, Art. 14).
 */
@Entity
@Table(name = "cmp_mlps_filing")
public class MlpsFiling {

    @Id
    private UUID id;

    @Column(name = "system_name", nullable = false)
    private String systemName;

    @Column(name = "protection_level", nullable = false)
    private int level;

    @Column(name = "filing_number", nullable = false)
    private String filingNumber;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "last_assessed_on")
    private LocalDate lastAssessedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected MlpsFiling() {
    }

    public MlpsFiling(UUID id, String systemName, int level, String filingNumber, UUID orgUnitId,
            LocalDate lastAssessedOn, Instant now) {
        this.id = id;
        this.systemName = systemName;
        this.level = level;
        this.filingNumber = filingNumber;
        this.orgUnitId = orgUnitId;
        this.lastAssessedOn = lastAssessedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The date by which the next classified-protection assessment is due; null below level 3. */
    public LocalDate nextAssessmentDue() {
        if (level < 3) {
            return null;
        }
        LocalDate base = lastAssessedOn == null ? createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate() : lastAssessedOn;
        return level >= 4 ? base.plusMonths(6) : base.plusYears(1);
    }

    public boolean overdue(LocalDate today) {
        LocalDate due = nextAssessmentDue();
        return due != null && today.isAfter(due);
    }

    public UUID id() { return id; }
    public String systemName() { return systemName; }
    public int level() { return level; }
    public String filingNumber() { return filingNumber; }
    public UUID orgUnitId() { return orgUnitId; }
    public LocalDate lastAssessedOn() { return lastAssessedOn; }
    public long version() { return version == null ? 0 : version; }
}
