package io.vigil.risk.internal;

import io.vigil.risk.RiskRegister;
import io.vigil.risk.RiskSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The unscoped read facade other modules use (see {@link RiskRegister}). */
@Component
@Transactional(readOnly = true)
class RiskRegisterAdapter implements RiskRegister {

    private final RiskRepository risks;

    RiskRegisterAdapter(RiskRepository risks) {
        this.risks = risks;
    }

    @Override
    public Optional<RiskSummary> find(UUID id) {
        return risks.findById(id).map(RiskRegisterAdapter::summary);
    }

    @Override
    public Optional<RiskSummary> findByCode(String code) {
        return risks.findByCode(code).map(RiskRegisterAdapter::summary);
    }

    @Override
    public List<RiskSummary> forAsset(UUID assetId) {
        return risks.findByAsset(assetId).stream().map(RiskRegisterAdapter::summary).toList();
    }

    static RiskSummary summary(Risk r) {
        return new RiskSummary(r.getId(), r.getCode(), r.getTitle(), r.getOrgUnitId(), r.getInherentLevel(),
                r.getInherentScore(), r.getResidualLevel(), r.getResidualScore(), r.getStatus(), r.getTreatment(),
                r.getAssetIds().stream().sorted().toList());
    }
}
