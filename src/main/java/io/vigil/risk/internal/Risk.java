package io.vigil.risk.internal;

import io.vigil.risk.RiskLevel;
import io.vigil.risk.RiskStatus;
import io.vigil.risk.Treatment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

/**
 * A risk scenario: threat, vulnerability and assets; inherent and residual scores on the matrix;
 * owner, treatment and acceptance. State changes are methods that keep scores, levels and status
 * consistent.
 */
@Entity
@Table(name = "risk")
public class Risk {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "org_unit_id", nullable = false)
    private UUID orgUnitId;

    @Column(name = "threat_code", nullable = false)
    private String threatCode;

    @Column(nullable = false)
    private String vulnerability;

    @Column(name = "existing_controls")
    private String existingControls;

    @Column(name = "inherent_likelihood", nullable = false)
    private int inherentLikelihood;

    @Column(name = "inherent_impact", nullable = false)
    private int inherentImpact;

    @Column(name = "inherent_score", nullable = false)
    private int inherentScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "inherent_level", nullable = false)
    private RiskLevel inherentLevel;

    @Column(name = "residual_likelihood", nullable = false)
    private int residualLikelihood;

    @Column(name = "residual_impact", nullable = false)
    private int residualImpact;

    @Column(name = "residual_score", nullable = false)
    private int residualScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "residual_level", nullable = false)
    private RiskLevel residualLevel;

    @Column(name = "owner_user_id", nullable = false)
    private UUID ownerUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Treatment treatment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskStatus status;

    @Column(name = "accepted_by")
    private UUID acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "acceptance_expires_on")
    private LocalDate acceptanceExpiresOn;

    @Column(name = "acceptance_justification")
    private String acceptanceJustification;

    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @BatchSize(size = 100)
    // entity fields (updatedAt) change on every edit, so the collections need not bump the version again
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "risk_asset", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "asset_id")
    private Set<UUID> assetIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Risk() {
    }

    public Risk(UUID id, String code, RiskData data, RiskMatrix matrix, LocalDate nextReviewOn, Instant now) {
        this.id = id;
        this.code = code;
        this.createdAt = now;
        this.status = RiskStatus.OPEN;
        this.nextReviewOn = nextReviewOn;
        apply(data, matrix, now);
    }

    /** New values; a treatment other than ACCEPT withdraws an acceptance, and a chosen treatment starts work. */
    public void apply(RiskData d, RiskMatrix matrix, Instant now) {
        this.title = d.title().strip();
        this.description = d.description();
        this.orgUnitId = d.orgUnitId();
        this.threatCode = d.threatCode();
        this.vulnerability = d.vulnerability();
        this.existingControls = d.existingControls();
        this.inherentLikelihood = d.inherentLikelihood();
        this.inherentImpact = d.inherentImpact();
        this.inherentScore = matrix.score(inherentLikelihood, inherentImpact);
        this.inherentLevel = matrix.level(inherentScore);
        // without an assessment of controls the residual risk is the inherent one
        this.residualLikelihood = d.residualLikelihood() == null ? inherentLikelihood : d.residualLikelihood();
        this.residualImpact = d.residualImpact() == null ? inherentImpact : d.residualImpact();
        this.residualScore = matrix.score(residualLikelihood, residualImpact);
        this.residualLevel = matrix.level(residualScore);
        this.ownerUserId = d.ownerUserId();
        this.treatment = d.treatment() == null ? Treatment.UNDECIDED : d.treatment();
        if (status == RiskStatus.ACCEPTED && treatment != Treatment.ACCEPT) {
            clearAcceptance();
        }
        if (status == RiskStatus.OPEN && treatment != Treatment.UNDECIDED && treatment != Treatment.ACCEPT) {
            status = RiskStatus.TREATING;
        }
        this.assetIds.retainAll(d.assetIds());
        this.assetIds.addAll(d.assetIds());
        this.searchText = Asset.searchTextOf(code, title, vulnerability);
        this.updatedAt = now;
    }

    public void accept(UUID approver, String justification, LocalDate expiresOn, Instant now) {
        this.status = RiskStatus.ACCEPTED;
        this.treatment = Treatment.ACCEPT;
        this.acceptedBy = approver;
        this.acceptedAt = now;
        this.acceptanceJustification = justification;
        this.acceptanceExpiresOn = expiresOn;
        this.updatedAt = now;
    }

    /**
     * The acceptance ran out: the risk needs a decision again. Its treatment is no longer "accept";
     * with unfinished plan items it is being treated (mitigation), otherwise it is open. The record
     * of who accepted it until when stays, so the page still shows the lapsed acceptance.
     */
    public void lapseAcceptance(boolean unfinishedPlanItems, Instant now) {
        this.status = unfinishedPlanItems ? RiskStatus.TREATING : RiskStatus.OPEN;
        this.treatment = unfinishedPlanItems ? Treatment.MITIGATE : Treatment.UNDECIDED;
        this.updatedAt = now;
    }

    public void reviewed(LocalDate on, LocalDate next, Instant now) {
        this.lastReviewedOn = on;
        this.nextReviewOn = next;
        this.updatedAt = now;
    }

    public void startTreatment(Instant now) {
        if (status == RiskStatus.OPEN) {
            status = RiskStatus.TREATING;
            if (treatment == Treatment.UNDECIDED) {
                treatment = Treatment.MITIGATE;
            }
            updatedAt = now;
        }
    }

    public void close(Instant now) {
        this.status = RiskStatus.CLOSED;
        this.updatedAt = now;
    }

    private void clearAcceptance() {
        this.status = RiskStatus.OPEN;
        this.acceptedBy = null;
        this.acceptedAt = null;
        this.acceptanceJustification = null;
        this.acceptanceExpiresOn = null;
    }

    public RiskData data() {
        return new RiskData(title, description, orgUnitId, threatCode, vulnerability, existingControls,
                inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, ownerUserId, treatment,
                assetIds.stream().sorted().toList());
    }

    public Map<String, Object> auditFields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("description", description);
        f.put("orgUnitId", orgUnitId);
        f.put("threatCode", threatCode);
        f.put("vulnerability", vulnerability);
        f.put("existingControls", existingControls);
        f.put("inherentLikelihood", inherentLikelihood);
        f.put("inherentImpact", inherentImpact);
        f.put("inherentLevel", inherentLevel);
        f.put("residualLikelihood", residualLikelihood);
        f.put("residualImpact", residualImpact);
        f.put("residualLevel", residualLevel);
        f.put("ownerUserId", ownerUserId);
        f.put("treatment", treatment);
        f.put("status", status);
        f.put("acceptedBy", acceptedBy);
        f.put("acceptanceExpiresOn", acceptanceExpiresOn);
        f.put("nextReviewOn", nextReviewOn);
        f.put("assetIds", assetIds.stream().sorted().map(UUID::toString).collect(Collectors.joining(",")));
        f.values().removeIf(v -> v == null || "".equals(v));
        return f;
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public UUID getOrgUnitId() { return orgUnitId; }
    public String getThreatCode() { return threatCode; }
    public String getVulnerability() { return vulnerability; }
    public String getExistingControls() { return existingControls; }
    public int getInherentLikelihood() { return inherentLikelihood; }
    public int getInherentImpact() { return inherentImpact; }
    public int getInherentScore() { return inherentScore; }
    public RiskLevel getInherentLevel() { return inherentLevel; }
    public int getResidualLikelihood() { return residualLikelihood; }
    public int getResidualImpact() { return residualImpact; }
    public int getResidualScore() { return residualScore; }
    public RiskLevel getResidualLevel() { return residualLevel; }
    public UUID getOwnerUserId() { return ownerUserId; }
    public Treatment getTreatment() { return treatment; }
    public RiskStatus getStatus() { return status; }
    public UUID getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public LocalDate getAcceptanceExpiresOn() { return acceptanceExpiresOn; }
    public String getAcceptanceJustification() { return acceptanceJustification; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public LocalDate getLastReviewedOn() { return lastReviewedOn; }
    public Set<UUID> getAssetIds() { return assetIds; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
