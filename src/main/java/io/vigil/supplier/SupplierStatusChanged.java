package io.vigil.supplier;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that changes a supplier's classification. Listeners (e.g. access
 * management revoking the supplier's personnel's access on SUSPENDED or BLACKLISTED) react to it.
 */
public record SupplierStatusChanged(UUID supplierId, String supplierName, SupplierStatus from, SupplierStatus to,
        String reason, String reasonCode, Instant changedAt) {
}
