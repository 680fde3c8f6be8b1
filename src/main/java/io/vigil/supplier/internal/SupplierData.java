package io.vigil.supplier.internal;

import io.vigil.supplier.CriticalityTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The editable fields of a supplier (status is changed only through the classification rules). */
public record SupplierData(String name, String nameEn, String creditCode, String registrationNumber, String country,
        String website, String address, Set<String> categories, List<Contact> contacts, CriticalityTier criticality,
        String criticalityReason, UUID ownerId, UUID orgUnitId, LocalDate registeredOn) {

    public SupplierData {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public static SupplierData empty() {
        return new SupplierData(null, null, null, null, null, null, null, Set.of(), List.of(), null, null, null,
                null, null);
    }
}
