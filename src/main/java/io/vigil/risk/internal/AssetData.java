package io.vigil.risk.internal;

import io.vigil.risk.AssetType;
import io.vigil.risk.DataClassification;
import io.vigil.risk.PersonalInformation;
import java.util.List;
import java.util.UUID;

/** The editable values of an asset, as forms, the API and the importer supply them. */
public record AssetData(String code, String name, AssetType type, String description, UUID orgUnitId,
        UUID siteUnitId, UUID ownerUserId, UUID custodianUserId, Integer confidentiality, Integer integrity,
        Integer availability, DataClassification dataClassification, PersonalInformation personalInformation,
        List<String> hostnames, List<String> ipAddresses, List<String> urls, List<UUID> dependsOn,
        List<SupplierLink> suppliers) {

    public AssetData {
        hostnames = hostnames == null ? List.of() : List.copyOf(hostnames);
        ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
        urls = urls == null ? List.of() : List.copyOf(urls);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
    }

    public static AssetData empty() {
        return new AssetData(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
