package io.vigil.risk.internal;

import io.vigil.risk.Treatment;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A risk's JSON body onto a base (empty for a creation, the current values for a PATCH). */
public final class RiskInput {

    public record Parsed(RiskData data, Long version) {
    }

    static final List<String> FIELDS = List.of("title", "description", "orgUnitId", "threatCode", "vulnerability",
            "existingControls", "inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact",
            "ownerUserId", "treatment", "assetIds", "version");

    private RiskInput() {
    }

    public static Parsed merge(RiskData b, Map<String, Object> body) {
        JsonInput in = new JsonInput(body, FIELDS);
        RiskData data = new RiskData(in.text("title", b.title()), in.text("description", b.description()),
                in.uuid("orgUnitId", b.orgUnitId()), in.text("threatCode", b.threatCode()),
                in.text("vulnerability", b.vulnerability()), in.text("existingControls", b.existingControls()),
                in.integer("inherentLikelihood", b.inherentLikelihood()),
                in.integer("inherentImpact", b.inherentImpact()),
                in.integer("residualLikelihood", b.residualLikelihood()),
                in.integer("residualImpact", b.residualImpact()), in.uuid("ownerUserId", b.ownerUserId()),
                in.enumValue("treatment", b.treatment(), Treatment.class),
                in.list("assetIds", b.assetIds(), UUID::fromString));
        Long version = in.version();
        in.throwIfAny();
        return new Parsed(data, version);
    }
}
