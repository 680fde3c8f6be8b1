package io.vigil.risk;

import java.util.List;
import java.util.UUID;

/** A risk as other modules see it (to link controls or findings to it by id). */
public record RiskSummary(UUID id, String code, String title, UUID orgUnitId, RiskLevel inherentLevel,
        int inherentScore, RiskLevel residualLevel, int residualScore, RiskStatus status, Treatment treatment,
        List<UUID> assetIds) {
}
