package io.vigil.risk.internal;

import io.vigil.identity.OrgUnitView;
import io.vigil.risk.RiskLevel;
import io.vigil.risk.RiskStatus;
import io.vigil.risk.Treatment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A risk as screens and the API show it. */
public record RiskView(UUID id, String code, String title, String description, OrgUnitView orgUnit, Threat threat,
        String vulnerability, String existingControls, int inherentLikelihood, int inherentImpact, int inherentScore,
        RiskLevel inherentLevel, int residualLikelihood, int residualImpact, int residualScore,
        RiskLevel residualLevel, UserRef owner, Treatment treatment, RiskStatus status, UserRef acceptedBy,
        Instant acceptedAt, LocalDate acceptanceExpiresOn, String acceptanceJustification, boolean acceptanceExpired,
        LocalDate nextReviewOn, LocalDate lastReviewedOn, boolean reviewOverdue, List<AssetView.AssetRef> assets,
        Instant createdAt, Instant updatedAt, long version) {

    public RiskData toData() {
        return new RiskData(title, description, orgUnit.id(), threat.code(), vulnerability, existingControls,
                inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, owner == null ? null : owner.id(),
                treatment, assets.stream().map(AssetView.AssetRef::id).toList());
    }
}
