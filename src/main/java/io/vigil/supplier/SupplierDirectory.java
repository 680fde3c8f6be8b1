package io.vigil.supplier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only lookup of the supplier register for other modules (e.g. the external firm that ran a
 * penetration test). Like {@code io.vigil.risk.AssetInventory} it does not apply the caller's data
 * scope: it returns only the identifying fields below, and callers decide what to show.
 */
public interface SupplierDirectory {

    /** A supplier as other modules see it. */
    record Entry(UUID id, String name, String nameEn, SupplierStatus status, UUID orgUnitId) {

        /** The English name when there is one, else the legal name. */
        public String displayName() {
            return nameEn == null || nameEn.isBlank() ? name : nameEn;
        }
    }

    Optional<Entry> find(UUID id);

    /** Suppliers whose legal or English name contains {@code query} (case ignored; all when blank), by name, at most {@code limit}. */
    List<Entry> search(String query, int limit);
}
