package io.vigil.supplier.internal;

import java.util.UUID;

/** Filters of the contract list; null means any. {@code expiringWithinDays}: ACTIVE contracts ending from today to today + N. */
public record ContractFilter(UUID supplierId, String status, Integer expiringWithinDays, String q) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null);
    }

    public boolean any() {
        return supplierId != null || status != null || expiringWithinDays != null || q != null;
    }
}
