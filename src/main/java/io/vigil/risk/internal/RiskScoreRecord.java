package io.vigil.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A snapshot of a risk's scores when it was created, re-scored, reviewed or accepted: never changed. */
@Entity
@Table(name = "risk_score_history")
public class RiskScoreRecord {

    @Id
    private UUID id;

    @Column(name = "risk_id", nullable = false)
    private UUID riskId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(nullable = false)
    private String reason;

    @Column(name = "inherent_likelihood", nullable = false)
    private int inherentLikelihood;

    @Column(name = "inherent_impact", nullable = false)
    private int inherentImpact;

    @Column(name = "inherent_score", nullable = false)
    private int inherentScore;

    @Column(name = "residual_likelihood", nullable = false)
    private int residualLikelihood;

    @Column(name = "residual_impact", nullable = false)
    private int residualImpact;

    @Column(name = "residual_score", nullable = false)
    private int residualScore;

    private String note;

    protected RiskScoreRecord() {
    }

    public RiskScoreRecord(Risk risk, String reason, String recordedBy, String note, Instant now) {
        this.id = UUID.randomUUID();
        this.riskId = risk.getId();
        this.recordedAt = now;
        this.recordedBy = recordedBy;
        this.reason = reason;
        this.inherentLikelihood = risk.getInherentLikelihood();
        this.inherentImpact = risk.getInherentImpact();
        this.inherentScore = risk.getInherentScore();
        this.residualLikelihood = risk.getResidualLikelihood();
        this.residualImpact = risk.getResidualImpact();
        this.residualScore = risk.getResidualScore();
        this.note = note;
    }

    public UUID getId() { return id; }
    public UUID getRiskId() { return riskId; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getReason() { return reason; }
    public int getInherentLikelihood() { return inherentLikelihood; }
    public int getInherentImpact() { return inherentImpact; }
    public int getInherentScore() { return inherentScore; }
    public int getResidualLikelihood() { return residualLikelihood; }
    public int getResidualImpact() { return residualImpact; }
    public int getResidualScore() { return residualScore; }
    public String getNote() { return note; }
}
