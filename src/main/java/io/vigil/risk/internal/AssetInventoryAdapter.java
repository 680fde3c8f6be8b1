package io.vigil.risk.internal;

import io.vigil.risk.AssetInventory;
import io.vigil.risk.AssetSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The unscoped read facade other modules use (see {@link AssetInventory}). */
@Component
@Transactional(readOnly = true)
class AssetInventoryAdapter implements AssetInventory {

    private final AssetRepository assets;

    AssetInventoryAdapter(AssetRepository assets) {
        this.assets = assets;
    }

    @Override
    public Optional<AssetSummary> find(UUID id) {
        return assets.findById(id).map(AssetInventoryAdapter::summary);
    }

    @Override
    public Optional<AssetSummary> findByCode(String code) {
        return code == null ? Optional.empty() : assets.findByCode(code.strip()).map(AssetInventoryAdapter::summary);
    }

    @Override
    public List<AssetSummary> findByHostname(String hostname) {
        return by(AssetIdentifier.Kind.HOSTNAME, hostname);
    }

    @Override
    public List<AssetSummary> findByIpAddress(String ipAddress) {
        return by(AssetIdentifier.Kind.IP, ipAddress);
    }

    @Override
    public List<AssetSummary> findByUrl(String url) {
        return by(AssetIdentifier.Kind.URL, url);
    }

    @Override
    public List<AssetSummary> inUnit(UUID orgUnitId) {
        return assets.findByOrgUnitIdOrderByCode(orgUnitId).stream().map(AssetInventoryAdapter::summary).toList();
    }

    @Override
    public List<AssetSummary> suppliedBy(UUID supplierId) {
        return supplierId == null ? List.of()
                : assets.findSuppliedBy(supplierId).stream().map(AssetInventoryAdapter::summary).toList();
    }

    private List<AssetSummary> by(AssetIdentifier.Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return assets.findByIdentifier(kind, AssetRules.normalise(value)).stream().map(AssetInventoryAdapter::summary)
                .toList();
    }

    static AssetSummary summary(Asset a) {
        return new AssetSummary(a.getId(), a.getCode(), a.getName(), a.getType(), a.getOrgUnitId(), a.getSiteUnitId(),
                a.getOwnerUserId(), a.getCriticality(), a.identifiers(AssetIdentifier.Kind.HOSTNAME),
                a.identifiers(AssetIdentifier.Kind.IP), a.identifiers(AssetIdentifier.Kind.URL));
    }
}
