package io.vigil.risk;

import java.util.List;
import java.util.UUID;

/**
 * An asset as other modules see it (vulnerability matching, compliance scopes): a read-only copy.
 * {@code criticality} is 1 (very low) to 5 (very high).
 */
public record AssetSummary(UUID id, String code, String name, AssetType type, UUID orgUnitId, UUID siteUnitId,
        UUID ownerUserId, int criticality, List<String> hostnames, List<String> ipAddresses, List<String> urls) {
}
