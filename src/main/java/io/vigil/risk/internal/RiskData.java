package io.vigil.risk.internal;

import io.vigil.risk.Treatment;
import java.util.List;
import java.util.UUID;

/** The editable values of a risk; scores and levels are derived from the likelihoods and impacts. */
public record RiskData(String title, String description, UUID orgUnitId, String threatCode, String vulnerability,
        String existingControls, Integer inherentLikelihood, Integer inherentImpact, Integer residualLikelihood,
        Integer residualImpact, UUID ownerUserId, Treatment treatment, List<UUID> assetIds) {

    public RiskData {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
    }

    public static RiskData empty() {
        return new RiskData(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
