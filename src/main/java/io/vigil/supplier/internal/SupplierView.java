package io.vigil.supplier.internal;

import io.vigil.supplier.CriticalityTier;
import io.vigil.supplier.RegionGroup;
import io.vigil.supplier.SupplierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A supplier as screens and the API read it. */
public record SupplierView(UUID id, String name, String nameEn, String creditCode, String registrationNumber,
        String country, RegionGroup region, String website, String address, Set<String> categories,
        List<Contact> contacts, CriticalityTier criticality, String criticalityReason, UUID ownerId,
        String ownerName, UUID orgUnitId, String orgUnitName, SupplierStatus status, String statusReason,
        Instant statusChangedAt, LocalDate registeredOn, Instant createdAt, Instant updatedAt, long version) {

    public SupplierData toData() {
        return new SupplierData(name, nameEn, creditCode, registrationNumber, country, website, address, categories,
                contacts, criticality, criticalityReason, ownerId, orgUnitId, registeredOn);
    }

    /** The identifier shown in lists: the credit code for mainland suppliers, else the registration number. */
    public String identifier() {
        return creditCode != null ? creditCode : registrationNumber;
    }
}
