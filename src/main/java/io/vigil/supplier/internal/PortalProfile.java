package io.vigil.supplier.internal;

import io.vigil.supplier.SupplierStatus;
import java.util.List;
import java.util.UUID;

/** What a supplier contact sees of their own company in the portal. */
public record PortalProfile(UUID id, String name, String nameEn, String creditCode, String registrationNumber,
        String country, String region, List<String> categories, SupplierStatus status, String website, String address,
        List<Contact> contacts) {

    static PortalProfile of(Supplier s) {
        return new PortalProfile(s.getId(), s.getName(), s.getNameEn(), s.getCreditCode(), s.getRegistrationNumber(),
                s.getCountry(), s.getRegion().name(), s.getCategories().stream().sorted().toList(),
                s.getStatus(), s.getWebsite(), s.getAddress(), List.copyOf(s.getContacts()));
    }
}
