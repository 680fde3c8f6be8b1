package io.vigil.compliance.internal;

import io.vigil.compliance.ControlType;
import io.vigil.compliance.TestFrequency;
import java.util.List;
import java.util.UUID;

/** The editable fields of a control. */
public record ControlData(String code, String name, String description, UUID orgUnitId, UUID ownerId,
        ControlType type, TestFrequency frequency, List<UUID> requirementIds, List<UUID> assetIds,
        List<UUID> riskIds) {

    public ControlData {
        requirementIds = requirementIds == null ? List.of() : List.copyOf(requirementIds);
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
        riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
    }
}
