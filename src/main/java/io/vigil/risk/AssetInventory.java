package io.vigil.risk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read facade over the asset inventory for other modules. It does not apply the caller's data scope
 * (scanner imports run as the system): callers filter by {@link AssetSummary#orgUnitId()} themselves.
 * Matching is case-insensitive and exact.
 */
public interface AssetInventory {

    Optional<AssetSummary> find(UUID id);

    /** By the asset's unique code (exact), for forms where people type codes. */
    Optional<AssetSummary> findByCode(String code);

    List<AssetSummary> findByHostname(String hostname);

    List<AssetSummary> findByIpAddress(String ipAddress);

    List<AssetSummary> findByUrl(String url);

    /** Assets of exactly this unit, by code. */
    List<AssetSummary> inUnit(UUID orgUnitId);

    /** Assets that the supplier with this id provides or operates (the asset's supplier links), by code. */
    List<AssetSummary> suppliedBy(UUID supplierId);
}
