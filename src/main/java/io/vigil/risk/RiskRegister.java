package io.vigil.risk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read facade over the risk register for other modules; like {@link AssetInventory}, not scoped. */
public interface RiskRegister {

    Optional<RiskSummary> find(UUID id);

    Optional<RiskSummary> findByCode(String code);

    /** The risks that name this asset. */
    List<RiskSummary> forAsset(UUID assetId);
}
